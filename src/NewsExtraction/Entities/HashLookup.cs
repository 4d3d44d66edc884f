using System.Numerics;

namespace NewsExtraction.Entities;

/// <summary>
/// A read-only map from 64-bit hashes to integers: open addressing with linear probing over two flat arrays,
/// quick to build at model load and to probe per token. Key 0 is reserved for empty slots. In front of the table, a
/// Bloom filter (blocked: three bits of one 64-bit word per key, 8 to 16 bits per key, a 5 % or lower false positive
/// rate) answers most absent keys from a few hundred kilobytes instead of a probe megabytes away: most words and word
/// sequences a tagger looks up are in no list.
/// </summary>
internal sealed class HashLookup
{
    // Hashes leave a table at most half full in short runs (a run of 1024 has odds far below 2^-100); keys crowded
    // into one run, as only a damaged or crafted model file holds, would take time quadratic in their number to insert.
    private const int MaxProbes = 1024;

    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    public HashLookup(IReadOnlyCollection<KeyValuePair<ulong, int>> entries)
        : this(entries.Count) => AddAll(entries);

    /// <summary>A map of byte values (a gazetteer's kinds), without converting the entries first.</summary>
    public HashLookup(IReadOnlyCollection<KeyValuePair<ulong, byte>> entries)
        : this(entries.Count) => AddAll(entries);

    private HashLookup(int count)
    {
        _keys = new ulong[Capacity(count)];
        _values = new int[_keys.Length];
        _mask = _keys.Length - 1;
        // count * 8 bits, rounded up to a power of two 64-bit words (two at least), indexed by the keys' top bits.
        int words = Math.Max(2, (int)BitOperations.RoundUpToPowerOf2((uint)(count / 8)));
        _filter = new ulong[words];
        _filterShift = 64 - BitOperations.Log2((uint)words);
        Count = count;
    }

    public int Count { get; }

    /// <summary>
    /// Orders entries (keys and their values together) as a table of that many entries places them: by home slot, then
    /// key. Inserted in that order, the table fills front to back instead of at random places (fewer cache misses at
    /// load), and the order does not depend on how the entries were first gathered.
    /// </summary>
    public static void Arrange<T>(Span<ulong> keys, Span<T> values)
    {
        ulong mask = (ulong)Capacity(keys.Length) - 1;
        keys.Sort(values, (a, b) => (a & mask) != (b & mask) ? (a & mask).CompareTo(b & mask) : a.CompareTo(b));
    }

    private static int Capacity(int count) => Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)count * 2));

    /// <summary>The entries, sorted by key (for a deterministic model file).</summary>
    public KeyValuePair<ulong, int>[] Entries()
    {
        var entries = new List<KeyValuePair<ulong, int>>(Count);
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                entries.Add(new(_keys[i], _values[i]));
            }
        }
        entries.Sort((a, b) => a.Key.CompareTo(b.Key));
        return [.. entries];
    }

    public bool TryGetValue(ulong key, out int value)
    {
        ulong bits = FilterBits(key);
        if ((FilterWord(key) & bits) != bits)
        {
            value = 0;
            return false;
        }
        for (int slot = (int)key & _mask; ; slot = (slot + 1) & _mask)
        {
            ulong found = _keys[slot];
            if (found == key)
            {
                value = _values[slot];
                return true;
            }
            if (found == 0)
            {
                value = 0;
                return false;
            }
        }
    }

    private void AddAll<T>(IReadOnlyCollection<KeyValuePair<ulong, T>> entries)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (entries is HashEntries<T> columns)
        {
            // Straight from a model file's columns, without an enumerator call per entry.
            ReadOnlySpan<T> values = columns.Values;
            for (int i = 0; i < values.Length; i++)
            {
                Add(columns.Keys[i], int.CreateTruncating(values[i]));
            }
            return;
        }
        foreach ((ulong key, T value) in entries)
        {
            Add(key, int.CreateTruncating(value));
        }
    }

    private void Add(ulong key, int value)
    {
        if (key == 0)
        {
            throw new ArgumentException("Key 0 is reserved.", nameof(key));
        }
        int slot = (int)key & _mask;
        for (int probes = 0; _keys[slot] != 0 && _keys[slot] != key; probes++)
        {
            if (probes == MaxProbes)
            {
                throw new InvalidDataException($"{MaxProbes} keys in a row of a hash table, as hashes never are");
            }
            slot = (slot + 1) & _mask;
        }
        _keys[slot] = key;
        _values[slot] = value;
        FilterWord(key) |= FilterBits(key);
    }

    // The filter word of a key (its top bits; the table's slot comes from its bottom bits) and the three bits it sets
    // there (from its bottom 18 bits).
    private ref ulong FilterWord(ulong key) => ref _filter[(int)(key >> _filterShift)];

    private static ulong FilterBits(ulong key) => (1UL << (int)(key & 63)) | (1UL << (int)((key >> 6) & 63)) | (1UL << (int)((key >> 12) & 63));
}
