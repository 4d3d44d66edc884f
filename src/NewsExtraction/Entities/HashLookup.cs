using System.Numerics;

namespace NewsExtraction.Entities;

/// <summary>
/// A read-only map from 64-bit hashes to integers: open addressing with linear probing over one flat array of
/// key–value slots (a probe that finds its key reads one cache line), quick to build at model load and to probe
/// per token. Key 0 is reserved for empty slots.
/// </summary>
internal sealed class HashLookup
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    public HashLookup(IReadOnlyCollection<KeyValuePair<ulong, int>> entries)
        : this(entries.Count) => AddAll(entries);

    /// <summary>A map of byte values (a gazetteer's kinds), without converting the entries first.</summary>
    public HashLookup(IReadOnlyCollection<KeyValuePair<ulong, byte>> entries)
        : this(entries.Count) => AddAll(entries);

    private HashLookup(int count)
    {
        _slots = new Slot[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)count * 2))];
        _mask = _slots.Length - 1;
        Count = count;
    }

    public int Count { get; }

    /// <summary>The entries, sorted by key (for a deterministic model file).</summary>
    public KeyValuePair<ulong, int>[] Entries()
    {
        var entries = new List<KeyValuePair<ulong, int>>(Count);
        foreach (Slot slot in _slots)
        {
            if (slot.Key != 0)
            {
                entries.Add(new(slot.Key, slot.Value));
            }
        }
        entries.Sort((a, b) => a.Key.CompareTo(b.Key));
        return [.. entries];
    }

    public bool TryGetValue(ulong key, out int value)
    {
        for (int i = (int)key & _mask; ; i = (i + 1) & _mask)
        {
            ref readonly Slot slot = ref _slots[i];
            if (slot.Key == key)
            {
                value = slot.Value;
                return true;
            }
            if (slot.Key == 0)
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
            int i = (int)key & _mask;
            while (_slots[i].Key != 0 && _slots[i].Key != key)
            {
                i = (i + 1) & _mask;
            }
            _slots[i] = new Slot(key, int.CreateTruncating(value));
        }
    }

    private readonly record struct Slot(ulong Key, int Value);
}
