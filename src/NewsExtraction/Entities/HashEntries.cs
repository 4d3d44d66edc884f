using System.Collections;

namespace NewsExtraction.Entities;

/// <summary>
/// The entries of a <see cref="HashLookup"/> as two columns, keys then values, as a model file stores them: read
/// with one bulk copy each, and inserted by <see cref="HashLookup"/> straight from the arrays.
/// </summary>
internal sealed class HashEntries<T> : IReadOnlyCollection<KeyValuePair<ulong, T>>
    where T : unmanaged
{
    public HashEntries(ulong[] keys, T[] values)
    {
        if (keys.Length != values.Length)
        {
            throw new ArgumentException("As many values as keys.", nameof(values));
        }
        Keys = keys;
        Values = values;
    }

    public ulong[] Keys { get; }

    public T[] Values { get; }

    public int Count => Keys.Length;

    public IEnumerator<KeyValuePair<ulong, T>> GetEnumerator()
    {
        for (int i = 0; i < Keys.Length; i++)
        {
            yield return new(Keys[i], Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
