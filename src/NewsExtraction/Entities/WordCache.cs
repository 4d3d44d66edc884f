using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace NewsExtraction.Entities;

/// <summary>
/// A memory of the words a model has tagged lately: per word, its description (<see cref="FeatureExtractor.Describe"/>)
/// and the sums of the weights of the rows that depend on the word alone, in each of its <see cref="Roles"/>. A word
/// seen before then costs one probe here instead of hashing its forms, probing the lists and summing twenty-nine
/// weight rows scattered over megabytes. Direct-mapped: a word takes the slot of whichever word was there. 2^15 slots
/// (about 9 MB for nine labels) keep 92.5 % of the words of 840 US political articles and 89.6 % of a 2,000-document
/// synthetic French and English feed, read once (2^14: 90.0 % and 84.2 %; 2^16: 94.0 % and 93.1 %). Not thread-safe:
/// <see cref="WordCachePool"/> lends it to one sentence at a time. The sums are integers, so tags are the same with or
/// without it.
/// </summary>
internal sealed class WordCache
{
    private const int SlotBits = 15;

    // Pinned, so that the addresses Prefetch gives the processor stay those of the slots.
    private readonly TokenHashes[] _words = GC.AllocateArray<TokenHashes>(1 << SlotBits, pinned: true);
    private readonly int[] _sums;
    private readonly int _labels;

    public WordCache(int labels)
    {
        _labels = labels;
        _sums = GC.AllocateArray<int>((1 << SlotBits) * Roles * labels, pinned: true);
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

    /// <summary>
    /// Asks the processor for <paramref name="slot"/>'s description and sums, which are megabytes away from the last
    /// slot read: a sentence asks for all its words' slots before it reads the first one.
    /// </summary>
    public unsafe void Prefetch(int slot)
    {
        if (!Sse.IsSupported)
        {
            return;
        }
        Sse.Prefetch0(Unsafe.AsPointer(ref _words[slot]));
        int bytes = Roles * _labels * sizeof(int);
        byte* sums = (byte*)Unsafe.AsPointer(ref _sums[slot * Roles * _labels]);
        for (int offset = 0; offset < bytes; offset += 64)
        {
            Sse.Prefetch0(sums + offset);
        }
        Sse.Prefetch0(sums + bytes - 1);
    }

    /// <summary>Gives <paramref name="slot"/> to a word; the caller then fills its <see cref="Sums"/>.</summary>
    public void Store(int slot, in TokenHashes word) => _words[slot] = word;
}
