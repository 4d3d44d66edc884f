namespace NewsExtraction.Cli.Input;

/// <summary>
/// A document found in the inputs but not yet read (<c>.txt</c> file) or parsed (JSONL line): <see cref="Load"/>
/// does that work wherever it is called, so a batch can do it on its worker threads rather than on the reader.
/// </summary>
internal readonly struct PendingDocument
{
    private readonly InputDocument? _document;
    private readonly string? _path;
    private readonly byte[]? _jsonLine;
    private readonly string? _source;
    private readonly int _number;

    private PendingDocument(InputDocument? document, string? path, byte[]? jsonLine, string? source, int number)
    {
        _document = document;
        _path = path;
        _jsonLine = jsonLine;
        _source = source;
        _number = number;
    }

    /// <summary>A document already read, or the error that stopped its reading.</summary>
    public static PendingDocument Read(InputDocument document) => new(document, null, null, null, 0);

    /// <summary>A <c>.txt</c> file, to be read up to <paramref name="maxChars"/> characters.</summary>
    public static PendingDocument TextFile(string path, int maxChars) => new(null, path, null, null, maxChars);

    /// <summary>A JSONL record, as UTF-8; <paramref name="source"/> and <paramref name="lineNumber"/> say where it is, and make its id when it has none.</summary>
    public static PendingDocument JsonLine(byte[] line, string source, int lineNumber) => new(null, null, line, source, lineNumber);

    /// <summary>Reads or parses the document; failures come back as a failed <see cref="InputDocument"/>.</summary>
    public InputDocument Load() =>
        _document
        ?? (_path is not null ? InputReader.ReadTextFile(_path, maxChars: _number) : InputReader.ParseRecord(_jsonLine!, _source!, lineNumber: _number));
}
