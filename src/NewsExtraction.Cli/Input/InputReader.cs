using System.Text;
using System.Text.Json;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli.Input;

/// <summary>
/// Streams the documents named on the command line, in order: <c>.txt</c> files, folders of them,
/// <c>.jsonl</c> files of <c>{"id","text","lang"?,"date"?}</c> records, and <c>-</c> for JSONL on standard input.
/// A record that cannot be read comes out as a failed <see cref="InputDocument"/>; reading goes on.
/// </summary>
/// <remarks>
/// Limits hold while reading: a <c>.txt</c> file is read up to one character past <c>--max-chars</c> and a JSONL
/// line up to <see cref="MaxLineBytes"/>, so <c>/dev/zero</c> or a multi-gigabyte file costs no more memory than
/// the limit. A folder that cannot be listed gives an error line, and the rest is read.
/// </remarks>
internal static class InputReader
{
    /// <summary>The documents in order, read and parsed (see <see cref="ReadPending"/>).</summary>
    public static IEnumerable<InputDocument> Read(IEnumerable<string> inputs, Stream standardInput, int maxChars, FilePath? skip)
    {
        foreach (PendingDocument pending in ReadPending(inputs, standardInput, maxChars, skip))
        {
            yield return pending.Load();
        }
    }

    /// <summary>
    /// The documents in order, each still to be read (<c>.txt</c>) or parsed (JSONL): only the lines are read
    /// here, so that a batch can read and parse the documents on its worker threads.
    /// </summary>
    /// <param name="inputs">The paths given, and <c>-</c> for standard input.</param>
    /// <param name="standardInput">Read for <c>-</c>.</param>
    /// <param name="maxChars">The longest text a document may have.</param>
    /// <param name="skip">A file that is not read when met in a folder (the run's own output), or <see langword="null"/>.</param>
    public static IEnumerable<PendingDocument> ReadPending(IEnumerable<string> inputs, Stream standardInput, int maxChars, FilePath? skip)
    {
        foreach (string input in inputs)
        {
            IEnumerable<PendingDocument> documents = input == "-"
                ? ReadJsonLines(standardInput, "stdin", maxChars)
                : Directory.Exists(input) ? ReadFolder(input, maxChars, skip) : ReadFile(input, maxChars);
            foreach (PendingDocument document in documents)
            {
                yield return document;
            }
        }
    }

    /// <summary>The longest JSONL line read for <paramref name="maxChars"/>: every character escaped as <c>\uXXXX</c>, plus room for the other fields.</summary>
    public static int MaxLineBytes(int maxChars) => (int)Math.Min(6L * maxChars + (64 << 10), Array.MaxLength - 1);

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
            IEnumerable<string> files = Directory.Exists(input) ? FolderFiles(input).Where(f => f.Error is null).Select(f => f.Path) : [input];
            foreach (string file in files)
            {
                var info = new FileInfo(file);
                total += info.Exists ? info.Length : 0;
            }
        }
        return total;
    }

    /// <summary>The <c>.txt</c> and <c>.jsonl</c> files under <paramref name="folder"/> in ordinal order, with the sub-folders that could not be listed.</summary>
    private static List<(string Path, string? Error)> FolderFiles(string folder)
    {
        var found = new List<(string Path, string? Error)>();
        var folders = new Stack<string>([folder]);
        while (folders.TryPop(out string? current))
        {
            try
            {
                foreach (string file in Directory.EnumerateFiles(current))
                {
                    if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                    {
                        found.Add((file, null));
                    }
                }
                foreach (string sub in Directory.EnumerateDirectories(current))
                {
                    folders.Push(sub);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                found.Add((current, $"cannot read folder {current}: {ex.Message}"));
            }
        }
        found.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return found;
    }

    private static IEnumerable<PendingDocument> ReadFolder(string folder, int maxChars, FilePath? skip)
    {
        List<(string Path, string? Error)> files = FolderFiles(folder);
        if (files.Count == 0)
        {
            yield return PendingDocument.Read(InputDocument.Failed(IdOf(folder),
                $"no .txt or .jsonl files in folder {folder}; name other files directly to read them as text"));
        }
        foreach ((string path, string? error) in files)
        {
            if (error is not null)
            {
                yield return PendingDocument.Read(InputDocument.Failed(path, error));
                continue;
            }
            if (skip is not null && skip.Value.Is(path))
            {
                continue;
            }
            foreach (PendingDocument document in ReadFile(path, maxChars))
            {
                yield return document;
            }
        }
    }

    private static IEnumerable<PendingDocument> ReadFile(string path, int maxChars)
    {
        if (!path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            yield return PendingDocument.TextFile(path, maxChars);
            yield break;
        }
        FileStream? stream = null;
        string? error = null;
        try
        {
            // Unbuffered: the line splitter reads in large blocks of its own.
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = CannotRead(path, ex);
        }
        if (stream is null)
        {
            yield return PendingDocument.Read(InputDocument.Failed(IdOf(path), error!));
            yield break;
        }
        using (stream)
        {
            foreach (PendingDocument document in ReadJsonLines(stream, path, maxChars))
            {
                yield return document;
            }
        }
    }

    private static IEnumerable<PendingDocument> ReadJsonLines(Stream stream, string source, int maxChars)
    {
        string name = Path.GetFileName(source);
        int lineNumber = 0;
        foreach (Utf8Line line in Utf8Lines.Read(Utf8Input.Open(stream), MaxLineBytes(maxChars)))
        {
            lineNumber++;
            if (line.TooLong)
            {
                string id = RecordDiagnosis.IdFromStart(line.Bytes) ?? $"{Path.GetFileNameWithoutExtension(source)}:{lineNumber}";
                yield return PendingDocument.Read(InputDocument.Failed(id,
                    $"{name} line {lineNumber}: record too long: {line.Length:N0} bytes, the limit is {MaxLineBytes(maxChars):N0} for --max-chars {maxChars:N0}"));
                continue;
            }
            if (line.Bytes.AsSpan().Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }
            yield return PendingDocument.JsonLine(line.Bytes, source, lineNumber);
        }
    }

    /// <summary>Reads a <c>.txt</c> file (UTF-8, or UTF-16 with its byte order mark), no further than one character past <paramref name="maxChars"/>.</summary>
    internal static InputDocument ReadTextFile(string path, int maxChars)
    {
        string id = IdOf(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            // A UTF-8 character is at most 3 bytes per UTF-16 unit, plus a byte order mark.
            if (stream.CanSeek && stream.Length > 3L * maxChars + 3)
            {
                return InputDocument.Failed(id, TooLong(maxChars));
            }
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            char[] text = new char[(int)Math.Min(Math.Max(stream.CanSeek ? stream.Length : 0, 1 << 12), maxChars + 1L)];
            int length = 0;
            for (int read; (read = reader.Read(text, length, text.Length - length)) > 0;)
            {
                length += read;
                if (length == text.Length)
                {
                    if (length > maxChars)
                    {
                        return InputDocument.Failed(id, TooLong(maxChars));
                    }
                    Array.Resize(ref text, (int)Math.Min(2L * text.Length, maxChars + 1L));
                }
            }
            return new InputDocument(id, new string(text, 0, length), null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return InputDocument.Failed(id, CannotRead(path, ex));
        }
    }

    private static string TooLong(int maxChars) => $"document too long: more than {maxChars:N0} characters, the limit (--max-chars)";

    /// <summary>One message for a missing input, whatever the shape of its path; the system's words for the rest.</summary>
    private static string CannotRead(string path, Exception ex) =>
        ex is FileNotFoundException or DirectoryNotFoundException ? $"no such file or folder: {path}" : $"cannot read {path}: {ex.Message}";

    /// <summary>A document's id from its path: the file name without extension, or the path when that is empty (<c>dir/</c>).</summary>
    private static string IdOf(string path) => Path.GetFileNameWithoutExtension(path) is { Length: > 0 } name ? name : path;

    /// <summary>Parses one JSONL record, given as UTF-8; a record that cannot be used is a failed document that says what is wrong and where.</summary>
    internal static InputDocument ParseRecord(ReadOnlySpan<byte> line, string source, int lineNumber) =>
        ParseRecord(line, $"{Path.GetFileNameWithoutExtension(source)}:{lineNumber}", $"{Path.GetFileName(source)} line {lineNumber}");

    /// <summary>Parses one record, given as UTF-8.</summary>
    /// <param name="record">The record's JSON.</param>
    /// <param name="fallbackId">Its id when it has none of its own (its place in the input).</param>
    /// <param name="where">Where it is, to begin an error message with: <c>feed.jsonl line 12</c>.</param>
    internal static InputDocument ParseRecord(ReadOnlySpan<byte> record, string fallbackId, string where)
    {
        InputRecord? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(record, NewsJsonContext.Default.InputRecord);
        }
        catch (JsonException ex)
        {
            (string? ownId, string problem) = RecordDiagnosis.Diagnose(record, ex);
            return InputDocument.Failed(string.IsNullOrEmpty(ownId) ? fallbackId : ownId, $"{where}: {problem}");
        }
        string id = string.IsNullOrEmpty(parsed?.Id) ? fallbackId : parsed.Id;
        if (parsed?.Text is null)
        {
            return InputDocument.Failed(id, $"{where}: missing \"text\"");
        }
        Language? language = null;
        if (!string.IsNullOrEmpty(parsed.Lang) && !parsed.Lang.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            if (!LanguageCodes.TryParse(parsed.Lang, out Language code))
            {
                return InputDocument.Failed(id, $"{where}: unknown \"lang\" '{parsed.Lang}': use fr, en or auto");
            }
            language = code;
        }
        DateOnly? date = null;
        if (!string.IsNullOrEmpty(parsed.Date))
        {
            if (!DocumentDates.TryParse(parsed.Date, out DateOnly day))
            {
                return InputDocument.Failed(id, $"{where}: invalid \"date\" '{parsed.Date}': use yyyy-mm-dd");
            }
            date = day;
        }
        return new InputDocument(id, parsed.Text, language, null, date);
    }
}
