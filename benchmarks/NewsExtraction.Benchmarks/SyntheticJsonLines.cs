using System.Text.Json;

namespace NewsExtraction.Benchmarks;

/// <summary>Writes the synthetic corpus as a JSONL feed of <c>{"id","text"}</c> records, for timing <c>newsx extract</c>.</summary>
internal static class SyntheticJsonLines
{
    public static void Write(string path, int documents)
    {
        string[] texts = SyntheticCorpus.Build(documentsPerLanguage: (documents + 1) / 2);
        using FileStream file = File.Create(path);
        WriteRecords(file, texts.AsSpan(0, documents), "synthetic-", "D6");
        Console.WriteLine($"{path}: {documents:N0} documents, {file.Length:N0} bytes");
    }

    /// <summary>One <c>{"id","text"}</c> record per line, the id <paramref name="idPrefix"/> and the text's index.</summary>
    public static void WriteRecords(Stream output, ReadOnlySpan<string> texts, string idPrefix, string indexFormat = "")
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        for (int i = 0; i < texts.Length; i++)
        {
            json.WriteStartObject();
            json.WriteString("id", idPrefix + i.ToString(indexFormat, System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("text", texts[i]);
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            output.WriteByte((byte)'\n');
        }
    }
}
