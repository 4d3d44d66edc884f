using System.Numerics;

namespace NewsExtraction.Entities;

/// <summary>
/// A read-only map from 64-bit hashes to integers: open addressing with linear probing over two flat arrays,
/// quick to build at model load and to probe per token. Key 0 is reserved for empty slots.
/// </summary>
internal sealed class HashLookup
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public HashLookup(IReadOnlyCollection<KeyValuePair<ulong, int>> entries)
        : this(entries.Count) => AddAll(entries);

    /// <summary>A map of byte values (a gazetteer's kinds), without converting the entries first.</summary>
    public HashLookup(IReadOnlyCollection<KeyValuePair<ulong, byte>> entries)
        : this(entries.Count) => AddAll(entries);

    private HashLookup(int count)
    {
        _keys = new ulong[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)count * 2))];
        _values = new int[_keys.Length];
        _mask = _keys.Length - 1;
        Count = count;
    }

    public int Count { get; }

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
        where T : IBinaryInteger<T>
    {
        foreach ((ulong key, T value) in entries)
        {
            if (key == 0)
            {
                throw new ArgumentException("Key 0 is reserved.", nameof(entries));
            }
            int slot = (int)key & _mask;
            while (_keys[slot] != 0 && _keys[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = key;
            _values[slot] = int.CreateTruncating(value);
        }
    }
}
