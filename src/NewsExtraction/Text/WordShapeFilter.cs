using System.Runtime.CompilerServices;

namespace NewsExtraction.Text;

/// <summary>
/// A quick, allocation-free "maybe" test for membership in a word list, from a word's first character, last
/// character and length: it rejects most words of a text for one load, before any folding or hashing, and never
/// rejects a listed word. Characters count modulo 32, which keeps the ASCII letters apart and makes the test
/// blind to their case; lengths count modulo 64. 8 KB, so that it stays in the first-level cache; 256 bytes by the
/// first character alone, for the many small lists a stage asks about a few words each.
/// </summary>
internal sealed class WordShapeFilter
{
    // For each (first, last) character pair, or each first character, a bit per word length of the listed words.
    private readonly ulong[] _lengths;
    private readonly int _firstShift, _lastMask;

    /// <summary>Builds the filter for <paramref name="words"/>, none of them empty.</summary>
    /// <param name="words">The listed words.</param>
    /// <param name="lastCharacter">Whether to tell words apart by their last character too (8 KB rather than 256 bytes).</param>
    public WordShapeFilter(IEnumerable<string> words, bool lastCharacter = true)
    {
        (_firstShift, _lastMask) = lastCharacter ? (5, 31) : (0, 0);
        _lengths = new ulong[32 << _firstShift];
        foreach (string word in words)
        {
            if (word.Length == 0)
            {
                throw new ArgumentException("An empty word cannot be filtered by shape.", nameof(words));
            }
            _lengths[Shape(word[0], word[^1])] |= Bit(word.Length);
        }
    }

    /// <summary>Whether <paramref name="word"/> may be in the list; <see langword="false"/> means it is not.</summary>
    public bool MayContain(ReadOnlySpan<char> word) => !word.IsEmpty && MayContain(word[0], word[^1], word.Length);

    /// <summary>Whether a word of that first and last character and length may be in the list.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(char first, char last, int length) => (_lengths[Shape(first, last)] & Bit(length)) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Shape(char first, char last) => ((first & 31) << _firstShift) | (last & _lastMask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bit(int length) => 1UL << (length & 63);
}
