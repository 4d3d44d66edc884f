namespace NewsExtraction.Entities;

/// <summary>
/// Word classes learned from raw text (see <see cref="Training.WordClusterer"/>): words used in similar contexts
/// share a class, so a name seen in training helps with names never seen. Two levels, coarse and fine; keyed by
/// the lower-cased word's hash.
/// </summary>
internal sealed class WordClusters
{
    /// <summary>The value of a word without a class.</summary>
    public const int Unknown = 0;

    private readonly HashLookup _classes;

    /// <param name="classes">Lower-cased word hash → <c>coarse &lt;&lt; 16 | fine</c>, both from 1.</param>
    public WordClusters(IReadOnlyCollection<KeyValuePair<ulong, int>> classes) => _classes = new HashLookup(classes);

    public static WordClusters Empty { get; } = new([]);

    /// <summary>Entries sorted by hash, for a deterministic model file.</summary>
    public KeyValuePair<ulong, int>[] Entries => _classes.Entries();

    /// <summary>The classes of a word (<c>coarse &lt;&lt; 16 | fine</c>), or <see cref="Unknown"/>.</summary>
    public int Of(ulong lowerHash) => _classes.TryGetValue(lowerHash, out int classes) ? classes : Unknown;

    /// <summary>The coarse class of packed <paramref name="classes"/>.</summary>
    public static int Coarse(int classes) => classes >> 16;
}
