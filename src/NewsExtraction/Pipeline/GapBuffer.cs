namespace NewsExtraction.Pipeline;

/// <summary>
/// A list whose free space (the gap) sits where the last edit was: the stages edit a document's entities in one
/// left-to-right pass, so each insertion or removal moves only the entities between it and the previous edit,
/// not every entity after it (which made a 10 MB document quadratic). <see cref="AsSpan"/> closes the gap.
/// </summary>
internal sealed class GapBuffer<T>
{
    private T[] _items = new T[16];
    private int _gapStart;
    private int _gapEnd = 16;

    public int Count => _items.Length - (_gapEnd - _gapStart);

    /// <summary>The item at <paramref name="index"/>, wherever the gap is.</summary>
    public ref readonly T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }
            return ref _items[index < _gapStart ? index : index + _gapEnd - _gapStart];
        }
    }

    /// <summary>The items in order, contiguous: moves the gap to the end (as far as the last edit was from it).</summary>
    public ReadOnlySpan<T> AsSpan()
    {
        MoveGap(Count);
        return _items.AsSpan(0, _gapStart);
    }

    public void Insert(int index, in T item)
    {
        if ((uint)index > (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        if (_gapStart == _gapEnd)
        {
            Grow();
        }
        MoveGap(index);
        _items[_gapStart++] = item;
    }

    public void Set(int index, in T item)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        _items[index < _gapStart ? index : index + _gapEnd - _gapStart] = item;
    }

    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        MoveGap(index);
        _items[_gapEnd++] = default!;
    }

    // Clears only what holds items: a buffer grown by one huge document costs the next small one nothing.
    public void Clear()
    {
        Array.Clear(_items, 0, _gapStart);
        Array.Clear(_items, _gapEnd, _items.Length - _gapEnd);
        _gapStart = 0;
        _gapEnd = _items.Length;
    }

    // Moves the gap so that it starts at "index": the items between its old and new place change sides. Most moves
    // are of an item or two (600 per seed article), on spans: Array.Copy and Array.Clear check types at each call,
    // and these moves were a tenth of a seed pass in a profile (spans: +7 % words/s in 2 of 3 alternating pairs).
    private void MoveGap(int index)
    {
        int gap = _gapEnd - _gapStart;
        Span<T> items = _items;
        if (index < _gapStart)
        {
            int moved = _gapStart - index;
            items.Slice(index, moved).CopyTo(items[(_gapEnd - moved)..]);
            items.Slice(index, Math.Min(moved, gap)).Clear();
        }
        else if (index > _gapStart)
        {
            int moved = index - _gapStart;
            items.Slice(_gapEnd, moved).CopyTo(items[_gapStart..]);
            items.Slice(_gapEnd + moved - Math.Min(moved, gap), Math.Min(moved, gap)).Clear();
        }
        _gapStart = index;
        _gapEnd = index + gap;
    }

    private void Grow()
    {
        int count = Count;
        var larger = new T[_items.Length * 2];
        Array.Copy(_items, 0, larger, 0, _gapStart);
        int tail = count - _gapStart;
        Array.Copy(_items, _gapEnd, larger, larger.Length - tail, tail);
        _gapEnd = larger.Length - tail;
        _items = larger;
    }
}
