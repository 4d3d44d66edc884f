namespace NewsExtraction.Quantities;

/// <summary>
/// A quick, allocation-free "maybe" test for membership in a word list, from a word's first letter, last letter
/// and length: it rejects most words of a text before any hashing, and never rejects a listed word.
/// </summary>
internal sealed class WordShapeFilter
{
    // For each pair of ASCII letters (first, last), a bit per word length (1 to 63) of the listed words.
    private readonly ulong[] _lengths = new ulong[26 * 26];

    /// <summary>Builds the filter for <paramref name="words"/>, which must start and end with ASCII letters.</summary>
    public WordShapeFilter(IEnumerable<string> words)
    {
        foreach (string word in words)
        {
            if (word.Length > 63 || !TryGetShape(word, out int shape))
            {
                throw new ArgumentException($"'{word}' cannot be filtered by shape.", nameof(words));
            }
            _lengths[shape] |= 1UL << word.Length;
        }
    }

    /// <summary>Whether <paramref name="word"/> may be in the list; <see langword="false"/> means it is not.</summary>
    public bool MayContain(ReadOnlySpan<char> word) =>
        word.Length <= 63 && TryGetShape(word, out int shape) && (_lengths[shape] & (1UL << word.Length)) != 0;

    private static bool TryGetShape(ReadOnlySpan<char> word, out int shape)
    {
        if (word.Length == 0 || !char.IsAsciiLetter(word[0]) || !char.IsAsciiLetter(word[^1]))
        {
            shape = 0;
            return false;
        }
        shape = (((word[0] | 0x20) - 'a') * 26) + ((word[^1] | 0x20) - 'a');
        return true;
    }
}
