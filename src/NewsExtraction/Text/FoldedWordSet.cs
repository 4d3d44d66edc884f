using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace NewsExtraction.Text;

/// <summary>
/// A set of words compared after <see cref="TextFolding"/> (<c>Ministère</c>, <c>ministere</c>, <c>MINISTÈRE</c>
/// alike), asked about the tokens of a text without allocating. Most tokens asked about are in no such set: a
/// <see cref="WordShapeFilter"/> by folded first character and length answers for them before the token is folded
/// and hashed, in 256 bytes rather than 8 KB: the stages ask dozens of these small lists about a few tokens each, and
/// their filters must stay in the cache. Thread-safe.
/// </summary>
internal sealed class FoldedWordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly WordShapeFilter _shapes;
    private readonly int _longest;

    /// <summary>A set of <paramref name="words"/>, folded here.</summary>
    public FoldedWordSet(IEnumerable<string> words)
    {
        FrozenSet<string> folded = words.Select(w => TextFolding.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        foreach (string word in folded)
        {
            if (word.Length is 0 or > PhraseDictionary.MaxKeyLength)
            {
                throw new ArgumentException($"Word '{word}' is empty or longer than {PhraseDictionary.MaxKeyLength} characters.", nameof(words));
            }
            _longest = Math.Max(_longest, word.Length);
        }
        _shapes = new WordShapeFilter(folded, lastCharacter: false);
        _words = folded.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether the set holds <paramref name="word"/> once folded.</summary>
    [SkipLocalsInit]
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > _longest || !_shapes.MayContain(TextFolding.Fold(word[0]), word[^1], word.Length))
        {
            return false;
        }
        Span<char> folded = stackalloc char[word.Length];
        TextFolding.Fold(word, folded);
        return _words.Contains(folded);
    }
}
