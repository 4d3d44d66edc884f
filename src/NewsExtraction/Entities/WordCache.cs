namespace NewsExtraction.Entities;

/// <summary>
/// A memory of the words a model has tagged lately: per word, its description (<see cref="FeatureExtractor.Describe"/>)
/// and the sums of the weights of the rows that depend on the word alone, in each of its <see cref="Roles"/>. A word
/// seen before then costs one probe here instead of hashing its forms, probing the lists and summing twenty-nine
/// weight rows scattered over megabytes. Direct-mapped: a word takes the slot of whichever word was there. 2^14 slots
/// (about 5 MB for nine labels) keep 89 % of the words of 840 US political articles and 84 % of a synthetic French and
/// English feed (2^13: 85 % and 77 %). Not thread-safe: <see cref="WordCachePool"/> lends it to one sentence at a time.
/// The sums are integers, so tags are the same with or without it.
/// </summary>
internal sealed class WordCache
{
    private const int SlotBits = 14;

    private readonly TokenHashes[] _words = new TokenHashes[1 << SlotBits];
    private readonly int[] _sums;
    private readonly int _labels;

    public WordCache(int labels)
    {
        _labels = labels;
        _sums = new int[(1 << SlotBits) * Roles * labels];
    }

    /// <summary>
    /// The roles of a word whose sums are kept: the token itself (<see cref="FeatureExtractor.WordRows"/>), each
    /// <see cref="Neighbour"/> of another (<see cref="NeighbourOf"/>), and the token inside a sentence
    /// (<see cref="FeatureExtractor.PositionRows"/>).
    /// </summary>
    public const int Itself = 0, Middle = 5, Roles = 6;

    /// <summary>The role of a word as <paramref name="neighbour"/> of another.</summary>
    public static int NeighbourOf(Neighbour neighbour) => 1 + (int)neighbour;

    /// <summary>The slot of the word whose <see cref="TokenHashes.Word"/> hash is <paramref name="word"/>.</summary>
    public static int SlotOf(ulong word) => (int)((word * 0x9E3779B97F4A7C15) >> (64 - SlotBits));

    /// <summary>Whether <paramref name="slot"/> holds <paramref name="word"/> (an empty slot holds 0, which is never cached).</summary>
    public bool Holds(int slot, ulong word) => _words[slot].Word == word && word != 0;

    /// <summary>The description of the word in <paramref name="slot"/>.</summary>
    public ref readonly TokenHashes Word(int slot) => ref _words[slot];

    /// <summary>The sums of the rows of the word in <paramref name="slot"/> in <paramref name="role"/> (see <see cref="Roles"/>), one per label.</summary>
    public Span<int> Sums(int slot, int role) => _sums.AsSpan(((slot * Roles) + role) * _labels, _labels);

    /// <summary>Gives <paramref name="slot"/> to a word; the caller then fills its <see cref="Sums"/>.</summary>
    public void Store(int slot, in TokenHashes word) => _words[slot] = word;
}
