using System.Runtime.InteropServices;

namespace NewsExtraction.Entities;

/// <summary>
/// The hashes of one token's normalised forms, computed once per token and shared by every feature that
/// looks at it (its own and its neighbours').
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct TokenHashes
{
    /// <summary>The word as written, with apostrophes, quotation marks and dashes unified.</summary>
    public ulong Word;

    /// <summary>The word lower-cased, digits mapped to 0.</summary>
    public ulong Lower;

    /// <summary>Character classes (<c>Xxxx-dd</c>), runs capped at four.</summary>
    public ulong Shape;

    /// <summary>Character classes with runs collapsed (<c>Xx-d</c>).</summary>
    public ulong Collapsed;

    public ulong Prefix1, Prefix2, Prefix3, Prefix4;

    public ulong Suffix1, Suffix2, Suffix3, Suffix4;

    /// <summary>The gazetteer kinds of the match covering the token (0: none), times two, plus one inside a match.</summary>
    public int Gazetteer;

    /// <summary>The same for the names of annotated text (<see cref="FeatureExtractor.Names"/>).</summary>
    public int Lexicon;

    /// <summary>The token's positions in matches of the organisation, person name and place lists (<see cref="EntityLists"/>).</summary>
    public int Lists;

    /// <summary>How the word is used inside the names of annotated text (<see cref="Entities.NameParts"/>), or 0.</summary>
    public int NamePart;

    /// <summary>The word's classes (<see cref="WordClusters"/>), or <see cref="WordClusters.Unknown"/>.</summary>
    public int Cluster;

    /// <summary>Computes the hashes of <paramref name="token"/>.</summary>
    public static TokenHashes Of(ReadOnlySpan<char> token)
    {
        TokenHashes h = default;
        ulong word = FeatureHash.Seed, lower = FeatureHash.Seed, shape = FeatureHash.Seed, collapsed = FeatureHash.Seed;
        char previousClass = '\0';
        int run = 0;
        for (int i = 0; i < token.Length; i++)
        {
            char c = Normalize(token[i]);
            word = FeatureHash.Add(word, c);
            lower = FeatureHash.Add(lower, LowerChar(c));
            switch (i)
            {
                case 0: h.Prefix1 = lower; break;
                case 1: h.Prefix2 = lower; break;
                case 2: h.Prefix3 = lower; break;
                case 3: h.Prefix4 = lower; break;
            }
            char cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (cls != previousClass)
            {
                previousClass = cls;
                run = 0;
                collapsed = FeatureHash.Add(collapsed, cls);
            }
            if (++run <= 4)
            {
                shape = FeatureHash.Add(shape, cls);
            }
        }
        h.Word = word;
        h.Lower = lower;
        h.Shape = shape;
        h.Collapsed = collapsed;
        // Words shorter than four characters repeat their whole form as the longer affixes.
        if (token.Length < 4)
        {
            h.Prefix4 = lower;
            if (token.Length < 3)
            {
                h.Prefix3 = lower;
                if (token.Length < 2)
                {
                    h.Prefix2 = lower;
                }
            }
        }
        ulong suffix = FeatureHash.Seed;
        for (int k = 0; k < 4; k++)
        {
            if (k < token.Length)
            {
                suffix = FeatureHash.Add(suffix, LowerChar(Normalize(token[token.Length - 1 - k])));
            }
            switch (k)
            {
                case 0: h.Suffix1 = suffix; break;
                case 1: h.Suffix2 = suffix; break;
                case 2: h.Suffix3 = suffix; break;
                default: h.Suffix4 = suffix; break;
            }
        }
        return h;
    }

    /// <summary>The <see cref="Word"/> hash of <paramref name="token"/>, without the others.</summary>
    public static ulong WordOf(ReadOnlySpan<char> token)
    {
        ulong word = FeatureHash.Seed;
        foreach (char c in token)
        {
            word = FeatureHash.Add(word, Normalize(c));
        }
        return word;
    }

    /// <summary>
    /// Unifies the characters that sources write differently: typographic apostrophes (our tokenizer keeps
    /// <c>l’</c>, the corpora write <c>l'</c>), quotation marks and dashes.
    /// </summary>
    private static char Normalize(char c) => c switch
    {
        '’' or '‘' or 'ʼ' or '`' or '´' => '\'',
        '«' or '»' or '“' or '”' or '„' or '‹' or '›' or '‟' => '"',
        '–' or '—' or '‑' or '‐' => '-',
        _ => c,
    };

    private static char LowerChar(char c) => char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
}
