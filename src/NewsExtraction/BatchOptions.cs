namespace NewsExtraction;

/// <summary>How <see cref="NewsExtractor.ExtractAllAsync"/> runs a batch.</summary>
public sealed record BatchOptions
{
    /// <summary>The default options.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>The number of documents extracted at once, each on its own thread. Default: <see cref="Environment.ProcessorCount"/>.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Documents longer than this many characters are not processed; their result is an error. Default: 1,000,000.</summary>
    public int MaxChars { get; init; } = 1_000_000;

    /// <summary>How many documents may be read ahead of the one the caller is waiting for: bounds the memory a batch holds.</summary>
    internal int Window => Math.Max(16, 4 * Workers);
}
