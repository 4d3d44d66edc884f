using System.Diagnostics.CodeAnalysis;

namespace NewsExtraction;

/// <summary>The outcome of one document of a batch: its extraction result, or why it has none.</summary>
public sealed class NewsDocumentResult
{
    private NewsDocumentResult(string id, ExtractionResult? result, string? error)
    {
        Id = id;
        Result = result;
        Error = error;
    }

    /// <summary>The document's <see cref="NewsDocument.Id"/>.</summary>
    public string Id { get; }

    /// <summary>What was extracted, or <see langword="null"/> when the document failed.</summary>
    public ExtractionResult? Result { get; }

    /// <summary>Why the document failed (for example, it is longer than <see cref="BatchOptions.MaxChars"/>), or <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>Whether the document was processed: <see cref="Result"/> is set, <see cref="Error"/> is not.</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Result is not null;

    internal static NewsDocumentResult Success(string id, ExtractionResult result) => new(id, result, null);

    internal static NewsDocumentResult Failure(string id, string error) => new(id, null, error);
}
