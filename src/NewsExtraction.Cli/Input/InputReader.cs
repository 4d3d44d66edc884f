using System.Text.Json;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli.Input;

/// <summary>
/// Streams the documents named on the command line, in order: <c>.txt</c> files, folders of them,
/// <c>.jsonl</c> files of <c>{"id","text","lang"?}</c> records, and <c>-</c> for JSONL on standard input.
/// A record that cannot be read comes out as a failed <see cref="InputDocument"/>; reading goes on.
/// </summary>
internal static class InputReader
{
    public static IEnumerable<InputDocument> Read(IEnumerable<string> inputs, TextReader standardInput)
    {
        foreach (string input in inputs)
        {
            IEnumerable<InputDocument> documents = input == "-"
                ? ReadJsonLines(standardInput, "stdin")
                : Directory.Exists(input) ? ReadFolder(input) : ReadFile(input);
            foreach (InputDocument document in documents)
            {
                yield return document;
            }
        }
    }

    private static IEnumerable<InputDocument> ReadFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (string file in files)
        {
            foreach (InputDocument document in ReadFile(file))
            {
                yield return document;
            }
        }
    }

    private static IEnumerable<InputDocument> ReadFile(string path)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            StreamReader? reader = null;
            string? error = null;
            try
            {
                reader = new StreamReader(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error = $"cannot read {path}: {ex.Message}";
            }
            if (reader is null)
            {
                yield return InputDocument.Failed(Path.GetFileNameWithoutExtension(path), error!);
                yield break;
            }
            using (reader)
            {
                foreach (InputDocument document in ReadJsonLines(reader, path))
                {
                    yield return document;
                }
            }
            yield break;
        }

        string id = Path.GetFileNameWithoutExtension(path);
        InputDocument result;
        try
        {
            result = new InputDocument(id, File.ReadAllText(path), null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            result = InputDocument.Failed(id, File.Exists(path) || Directory.Exists(Path.GetDirectoryName(path) ?? ".")
                ? $"cannot read {path}: {ex.Message}"
                : $"no such file: {path}");
        }
        yield return result;
    }

    private static IEnumerable<InputDocument> ReadJsonLines(TextReader reader, string source)
    {
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            yield return ParseRecord(line, $"{Path.GetFileNameWithoutExtension(source)}:{lineNumber}");
        }
    }

    internal static InputDocument ParseRecord(string line, string fallbackId)
    {
        InputRecord? record;
        try
        {
            record = JsonSerializer.Deserialize(line, NewsJsonContext.Default.InputRecord);
        }
        catch (JsonException ex)
        {
            return InputDocument.Failed(fallbackId, $"invalid JSON: {ex.Message}");
        }
        string id = string.IsNullOrEmpty(record?.Id) ? fallbackId : record.Id;
        if (record?.Text is null)
        {
            return InputDocument.Failed(id, "missing \"text\"");
        }
        Language? language = null;
        if (!string.IsNullOrEmpty(record.Lang))
        {
            if (!LanguageCodes.TryParse(record.Lang, out Language parsed))
            {
                return InputDocument.Failed(id, $"unknown \"lang\": {record.Lang}");
            }
            language = parsed;
        }
        return new InputDocument(id, record.Text, language, null);
    }
}
