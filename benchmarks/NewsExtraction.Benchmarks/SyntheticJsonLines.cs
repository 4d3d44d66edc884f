using System.Text.Json;

namespace NewsExtraction.Benchmarks;

/// <summary>Writes the synthetic corpus as a JSONL feed of <c>{"id","text"}</c> records, for timing <c>newsx extract</c>.</summary>
internal static class SyntheticJsonLines
{
    public static void Write(string path, int documents)
    {
        string[] texts = SyntheticCorpus.Build(documentsPerLanguage: (documents + 1) / 2);
        using FileStream file = File.Create(path);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        for (int i = 0; i < documents; i++)
        {
            json.WriteStartObject();
            json.WriteString("id", $"synthetic-{i:D6}");
            json.WriteString("text", texts[i]);
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            file.WriteByte((byte)'\n');
        }
        Console.WriteLine($"{path}: {documents:N0} documents, {file.Length:N0} bytes");
    }
}
