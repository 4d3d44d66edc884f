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

    /// <summary>An entry field not looked up yet (<see cref="Of"/> leaves them so; <see cref="FeatureExtractor.Describe"/> fills them).</summary>
    public const int NotLookedUp = int.MinValue;

    /// <summary>An entry field of a token that is no entry, alone, of its list.</summary>
    public const int NoEntry = -1;

    /// <summary>
    /// The flags of the token alone in the gazetteer, in the names of annotated text and in the entity lists, or
    /// <see cref="NoEntry"/>, or <see cref="NotLookedUp"/>: they depend on the word only, so a tagger can look them
    /// up once per word rather than once per occurrence, and the marking of matches starts from them.
    /// </summary>
    public int GazetteerEntry, LexiconEntry, ListsEntry;

    /// <summary>Computes the hashes of <paramref name="token"/>.</summary>
    public static TokenHashes Of(ReadOnlySpan<char> token)
    {
        TokenHashes h = default;
        h.GazetteerEntry = h.LexiconEntry = h.ListsEntry = NotLookedUp;
        ulong word = FeatureHash.Seed, lower = FeatureHash.Seed, shape = FeatureHash.Seed, collapsed = FeatureHash.Seed;
        char previousClass = '\0';
        int run = 0;
        for (int i = 0; i < token.Length; i++)
        {
            char c = Normalize(token[i]);
            word = FeatureHash.Add(word, c);
            lower = FeatureHash.Add(lower, LowerChar(c));
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
    /// <c>l’</c>, the corpora write <c>l'</c>), quotation marks and dashes. Below <c>«</c>, only the backquote changes.
    /// </summary>
    internal static char Normalize(char c) => c is < '`' or (> '`' and < '«') ? c : c switch
    {
        '’' or '‘' or 'ʼ' or '`' or '´' => '\'',
        '«' or '»' or '“' or '”' or '„' or '‹' or '›' or '‟' => '"',
        '–' or '—' or '‑' or '‐' => '-',
        _ => c,
    };

    internal static char LowerChar(char c) => char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
}
