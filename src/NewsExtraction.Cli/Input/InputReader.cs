using System.Text.Json;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli.Input;

/// <summary>
/// Streams the documents named on the command line, in order: <c>.txt</c> files, folders of them,
/// <c>.jsonl</c> files of <c>{"id","text","lang"?,"date"?}</c> records, and <c>-</c> for JSONL on standard input.
/// A record that cannot be read comes out as a failed <see cref="InputDocument"/>; reading goes on.
/// </summary>
internal static class InputReader
{
    public static IEnumerable<InputDocument> Read(IEnumerable<string> inputs, Stream standardInput)
    {
        foreach (PendingDocument pending in ReadPending(inputs, standardInput))
        {
            yield return pending.Load();
        }
    }

    /// <summary>
    /// The documents in order, each still to be read (<c>.txt</c>) or parsed (JSONL): only the lines are read
    /// here, so that a batch can read and parse the documents on its worker threads.
    /// </summary>
    public static IEnumerable<PendingDocument> ReadPending(IEnumerable<string> inputs, Stream standardInput)
    {
        foreach (string input in inputs)
        {
            IEnumerable<PendingDocument> documents = input == "-"
                ? ReadJsonLines(standardInput, "stdin")
                : Directory.Exists(input) ? ReadFolder(input) : ReadFile(input);
            foreach (PendingDocument document in documents)
            {
                yield return document;
            }
        }
    }

    /// <summary>The total size in bytes of the files <see cref="Read"/> would read, or <see langword="null"/> when standard input is one of the inputs.</summary>
    public static long? TotalBytes(IEnumerable<string> inputs)
    {
        long total = 0;
        foreach (string input in inputs)
        {
            if (input == "-")
            {
                return null;
            }
            IEnumerable<string> files = Directory.Exists(input) ? FolderFiles(input) : [input];
            foreach (string file in files)
            {
                var info = new FileInfo(file);
                total += info.Exists ? info.Length : 0;
            }
        }
        return total;
    }

    private static IEnumerable<string> FolderFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<PendingDocument> ReadFolder(string folder)
    {
        foreach (string file in FolderFiles(folder))
        {
            foreach (PendingDocument document in ReadFile(file))
            {
                yield return document;
            }
        }
    }

    private static IEnumerable<PendingDocument> ReadFile(string path)
    {
        if (!path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            yield return PendingDocument.TextFile(path);
            yield break;
        }
        FileStream? stream = null;
        string? error = null;
        try
        {
            // Unbuffered: the line splitter reads in large blocks of its own.
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read {path}: {ex.Message}";
        }
        if (stream is null)
        {
            yield return PendingDocument.Read(InputDocument.Failed(Path.GetFileNameWithoutExtension(path), error!));
            yield break;
        }
        using (stream)
        {
            foreach (PendingDocument document in ReadJsonLines(stream, path))
            {
                yield return document;
            }
        }
    }

    private static IEnumerable<PendingDocument> ReadJsonLines(Stream stream, string source)
    {
        string name = Path.GetFileNameWithoutExtension(source);
        int lineNumber = 0;
        foreach (byte[] line in Utf8Lines.Read(stream))
        {
            lineNumber++;
            if (line.AsSpan().Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }
            yield return PendingDocument.JsonLine(line, name, lineNumber);
        }
    }

    internal static InputDocument ReadTextFile(string path)
    {
        string id = Path.GetFileNameWithoutExtension(path);
        try
        {
            return new InputDocument(id, File.ReadAllText(path), null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return InputDocument.Failed(id, File.Exists(path) || Directory.Exists(Path.GetDirectoryName(path) ?? ".")
                ? $"cannot read {path}: {ex.Message}"
                : $"no such file: {path}");
        }
    }

    /// <summary>Parses one JSONL record, given as UTF-8; a record that is not valid JSON (or not valid UTF-8) is a failed document.</summary>
    internal static InputDocument ParseRecord(ReadOnlySpan<byte> line, string fallbackId)
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
        DateOnly? date = null;
        if (!string.IsNullOrEmpty(record.Date))
        {
            if (!DocumentDates.TryParse(record.Date, out DateOnly parsed))
            {
                return InputDocument.Failed(id, $"invalid \"date\": {record.Date} (expected yyyy-mm-dd)");
            }
            date = parsed;
        }
        return new InputDocument(id, record.Text, language, null, date);
    }
}
