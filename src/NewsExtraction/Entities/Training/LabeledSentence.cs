namespace NewsExtraction.Entities.Training;

/// <summary>A tokenized sentence with one BIO label per token (<c>B-PER</c>, <c>I-PER</c>, <c>O</c>, …).</summary>
/// <param name="Tokens">The tokens.</param>
/// <param name="Labels">One label per token.</param>
public sealed record LabeledSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Labels)
{
    /// <summary>
    /// Per token, whether the reader joined it from two tokens of the file (an elision and its apostrophe, <c>l</c>
    /// <c>’</c>), or <see langword="null"/> when it joined none: what writing the file's tokens back needs.
    /// </summary>
    internal IReadOnlyList<bool>? Joined { get; init; }

    /// <summary>The index in <paramref name="types"/> of the type of <paramref name="label"/> (<c>B-PER</c>, <c>I-PER</c> → PER's), or -1 for <c>O</c> or another type.</summary>
    internal static int TypeIndex(IReadOnlyList<string> types, string label)
    {
        if (label == "O")
        {
            return -1;
        }
        ReadOnlySpan<char> type = label.AsSpan(2);
        for (int t = 0; t < types.Count; t++)
        {
            if (type.SequenceEqual(types[t]))
            {
                return t;
            }
        }
        return -1;
    }
}
