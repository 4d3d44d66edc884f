namespace NewsExtraction.Entities;

/// <summary>
/// The hashes of a word's first and last one to four characters, lower-cased as <see cref="TokenHashes.Lower"/>:
/// features of the word alone, needed only when its rows are written (<see cref="FeatureExtractor.WordRows"/>).
/// </summary>
internal readonly struct WordAffixes
{
    public readonly ulong Prefix1, Prefix2, Prefix3, Prefix4;

    public readonly ulong Suffix1, Suffix2, Suffix3, Suffix4;

    private WordAffixes(ReadOnlySpan<ulong> prefixes, ReadOnlySpan<ulong> suffixes)
    {
        (Prefix1, Prefix2, Prefix3, Prefix4) = (prefixes[0], prefixes[1], prefixes[2], prefixes[3]);
        (Suffix1, Suffix2, Suffix3, Suffix4) = (suffixes[0], suffixes[1], suffixes[2], suffixes[3]);
    }

    /// <summary>Computes the affixes of <paramref name="token"/>.</summary>
    public static WordAffixes Of(ReadOnlySpan<char> token)
    {
        Span<ulong> prefixes = stackalloc ulong[4];
        Span<ulong> suffixes = stackalloc ulong[4];
        ulong prefix = FeatureHash.Seed, suffix = FeatureHash.Seed;
        for (int k = 0; k < 4; k++)
        {
            // A word shorter than four characters repeats its whole form as the longer affixes.
            if (k < token.Length)
            {
                prefix = FeatureHash.Add(prefix, TokenHashes.LowerChar(TokenHashes.Normalize(token[k])));
                suffix = FeatureHash.Add(suffix, TokenHashes.LowerChar(TokenHashes.Normalize(token[token.Length - 1 - k])));
            }
            prefixes[k] = prefix;
            suffixes[k] = suffix;
        }
        return new WordAffixes(prefixes, suffixes);
    }
}
