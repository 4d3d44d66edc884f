namespace NewsExtraction;

/// <summary>How <see cref="NewsExtractor.ExtractAllAsync"/> runs a batch.</summary>
public sealed record BatchOptions
{
    /// <summary>The default options.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>The number of documents extracted at once, each on its own thread. Default: <see cref="Environment.ProcessorCount"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int Workers
    {
        get;
        init => field = value >= 1 ? value
            : throw new ArgumentOutOfRangeException(nameof(Workers), value, "Workers must be at least 1.");
    } = Environment.ProcessorCount;

    /// <summary>Documents longer than this many characters are not processed; their result is an error. Default: 1,000,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to 0 or less.</exception>
    public int MaxChars
    {
        get;
        init => field = value >= 1 ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxChars), value, "MaxChars must be at least 1: no document could be processed.");
    } = 1_000_000;

    /// <summary>
    /// How many documents may be read ahead of the one the caller is waiting for: bounds the memory a batch holds.
    /// Deep enough that the workers never run dry while the reading and consuming threads wait for a core: with
    /// 4 documents per worker, 2 workers on 2 busy cores ran no faster than 1.
    /// </summary>
    internal int Window => (int)Math.Clamp(16L * Workers, 64, int.MaxValue);
}
