using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsExtraction.Text;

/// <summary>
/// The most frequent words of French and of English, as a compact set: a word's 64-bit hash picks a bucket of
/// eight 16-bit slots and gives a 14-bit fingerprint, tagged with the language; a lookup is one load and two
/// vector compares. A word not in the set is answered "unknown" exactly; a word in it, with a false-positive
/// rate of about one in four thousand (the fingerprint). Immutable.
/// </summary>
internal sealed class KnownWords
{
    public const int SlotsPerBucket = 8;

    private const ushort Occupied = 0x8000; // empty slots are 0
    private const ushort EnglishTag = 0x4000;
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;

    private readonly ushort[] _slots;
    private readonly int _shift;

    public KnownWords(int bucketBits, ushort[] slots)
    {
        if (bucketBits is < 4 or > 24 || slots.Length != SlotsPerBucket << bucketBits)
        {
            throw new ArgumentException($"{slots.Length} slots do not fill 2^{bucketBits} buckets of {SlotsPerBucket}.", nameof(slots));
        }
        BucketBits = bucketBits;
        _slots = slots;
        _shift = 64 - bucketBits;
    }

    /// <summary>The set has <c>2^BucketBits</c> buckets of <see cref="SlotsPerBucket"/> slots.</summary>
    public int BucketBits { get; }

    /// <summary>The slots, bucket after bucket, for writing the model.</summary>
    public ReadOnlySpan<ushort> Slots => _slots;

    /// <summary>Whether the word of hash <paramref name="wordHash"/> is a frequent French word, and an English one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (bool French, bool English) Lookup(ulong wordHash)
    {
        ulong mixed = wordHash * HashMultiplier;
        ref ushort bucket = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), (nint)(mixed >> _shift) * SlotsPerBucket);
        Vector128<ushort> slots = Vector128.LoadUnsafe(ref bucket);
        ushort french = Fingerprint(mixed);
        return (Vector128.EqualsAny(slots, Vector128.Create(french)), Vector128.EqualsAny(slots, Vector128.Create((ushort)(french | EnglishTag))));
    }

    /// <summary>
    /// Builds the set from the hashes of each language's words, most frequent first. Words are taken alternately
    /// from each list so that, when a bucket is full, the rarer words of both languages are the ones left out.
    /// </summary>
    /// <param name="bucketBits">The set has <c>2^bucketBits</c> buckets.</param>
    /// <param name="french">French word hashes, most frequent first.</param>
    /// <param name="english">English word hashes, most frequent first.</param>
    /// <param name="dropped">The number of words that found their bucket full.</param>
    public static KnownWords Create(int bucketBits, IReadOnlyList<ulong> french, IReadOnlyList<ulong> english, out int dropped)
    {
        var slots = new ushort[SlotsPerBucket << bucketBits];
        dropped = 0;
        for (int i = 0; i < Math.Max(french.Count, english.Count); i++)
        {
            if (i < french.Count && !TryAdd(slots, bucketBits, french[i], 0))
            {
                dropped++;
            }
            if (i < english.Count && !TryAdd(slots, bucketBits, english[i], EnglishTag))
            {
                dropped++;
            }
        }
        return new KnownWords(bucketBits, slots);
    }

    private static bool TryAdd(ushort[] slots, int bucketBits, ulong wordHash, ushort tag)
    {
        ulong mixed = wordHash * HashMultiplier;
        Span<ushort> bucket = slots.AsSpan((int)(mixed >> (64 - bucketBits)) * SlotsPerBucket, SlotsPerBucket);
        ushort entry = (ushort)(Fingerprint(mixed) | tag);
        if (bucket.Contains(entry))
        {
            return true;
        }
        int free = bucket.IndexOf((ushort)0);
        if (free < 0)
        {
            return false;
        }
        bucket[free] = entry;
        return true;
    }

    // 14 bits of the hash that do not choose the bucket, marked as occupied; the English tag is added on top.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ushort Fingerprint(ulong mixed) => (ushort)(Occupied | ((uint)(mixed >> 20) & 0x3FFF));
}
