using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using NewsExtraction.Text;

namespace NewsExtraction.Entities;

/// <summary>
/// Turns a sentence's tokens into hashed feature rows of the weight table: <see cref="Count"/> rows per token,
/// the same for training and tagging. The templates are versioned by <see cref="TemplateId"/>.
/// </summary>
internal sealed class FeatureExtractor
{
    /// <summary>The feature templates below; a model records the one it was trained with.</summary>
    public const int TemplateId = 4;

    /// <summary>Features per token.</summary>
    public const int Count = 45;

    /// <summary>The stand-in for the tokens before and after a sentence.</summary>
    public static readonly TokenHashes Outside = new()
    {
        Word = 0x5bd1e995, Lower = 0x5bd1e995, Shape = 0x5bd1e995, Collapsed = 0x5bd1e995, Gazetteer = 31, Lexicon = 31, NamePart = -1, Cluster = -1, Lists = EntityLists.PositionMask,
    };

    private readonly int _shift;

    public FeatureExtractor(int hashBits, Gazetteer gazetteer, WordClusters clusters, Gazetteer names, NameParts nameParts, EntityLists lists)
    {
        if (!names.CaseSensitive)
        {
            throw new ArgumentException("The names of annotated text are matched as written.", nameof(names));
        }
        HashBits = hashBits;
        Gazetteer = gazetteer;
        Clusters = clusters;
        Names = names;
        NameParts = nameParts;
        Lists = lists;
        _shift = 64 - hashBits;
    }

    /// <summary>The weight table has 2^HashBits rows.</summary>
    public int HashBits { get; }

    public Gazetteer Gazetteer { get; }

    public WordClusters Clusters { get; }

    /// <summary>The names annotated in the training data (and any other name sources), matched as written.</summary>
    public Gazetteer Names { get; }

    public NameParts NameParts { get; }

    /// <summary>The organisation, person name and place lists.</summary>
    public EntityLists Lists { get; }

    /// <summary>
    /// The hashes of <paramref name="token"/> and all that depends on the word alone: its classes, how it is used in
    /// names, and its entries in the gazetteer, the names and the lists. A tagger may keep them per word.
    /// </summary>
    public TokenHashes Describe(ReadOnlySpan<char> token)
    {
        TokenHashes h = TokenHashes.Of(token);
        h.Cluster = Clusters.Of(h.Lower);
        h.NamePart = NameParts.Of(h.Word);
        h.GazetteerEntry = Gazetteer.EntryOf(h);
        h.LexiconEntry = Names.EntryOf(h);
        h.ListsEntry = Lists.EntryOf(h);
        return h;
    }

    /// <summary>Marks the matches of the gazetteer, the names and the lists over a sentence's described tokens.</summary>
    public void Mark(Span<TokenHashes> hashes)
    {
        Gazetteer.Mark(hashes);
        Names.Mark(hashes);
        Lists.Mark(hashes);
    }

    /// <summary>
    /// Writes <see cref="Count"/> row indexes per token of <paramref name="tokens"/> (ranges of <paramref name="text"/>)
    /// into <paramref name="rows"/>, using <paramref name="hashes"/> (one per token) as scratch space.
    /// </summary>
    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenHashes> hashes, Span<int> rows)
    {
        int n = tokens.Length;
        for (int i = 0; i < n; i++)
        {
            hashes[i] = Describe(tokens[i].In(text));
        }
        Mark(hashes[..n]);
        for (int i = 0; i < n; i++)
        {
            Span<int> r = rows.Slice(i * Count, Count);
            WordRows(tokens[i].In(text), hashes[i], r);
            NeighbourRows(At(hashes[..n], i - 1), Neighbour.Previous, r);
            NeighbourRows(At(hashes[..n], i - 2), Neighbour.SecondPrevious, r);
            NeighbourRows(At(hashes[..n], i + 1), Neighbour.Next, r);
            NeighbourRows(At(hashes[..n], i + 2), Neighbour.SecondNext, r);
            PositionRows(hashes[i], PositionOf(i, n), r);
            ContextRows(hashes[..n], i, r);
        }
    }

    /// <summary>Token <paramref name="j"/> of <paramref name="hashes"/>, or the stand-in for a token outside the sentence.</summary>
    public static ref readonly TokenHashes At(ReadOnlySpan<TokenHashes> hashes, int j) =>
        ref (uint)j < (uint)hashes.Length ? ref hashes[j] : ref Outside;

    /// <summary>The indexes in a token's <see cref="Count"/> rows of those <see cref="WordRows"/> writes.</summary>
    public static ReadOnlySpan<byte> WordSlots => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 30, 31, 39, 41];

    /// <summary>The indexes in a token's <see cref="Count"/> rows of those <see cref="NeighbourRows"/> writes for <paramref name="neighbour"/>.</summary>
    public static ReadOnlySpan<byte> NeighbourSlots(Neighbour neighbour) => neighbour switch
    {
        Neighbour.Previous => [13, 17, 32],
        Neighbour.SecondPrevious => [14, 19],
        Neighbour.Next => [15, 18, 33],
        _ => [16, 20],
    };

    /// <summary>The indexes in a token's <see cref="Count"/> rows of those <see cref="PositionRows"/> writes.</summary>
    public static ReadOnlySpan<byte> PositionSlots => [24, 29];

    /// <summary>The indexes in a token's <see cref="Count"/> rows of those <see cref="ContextRows"/> writes: all the others.</summary>
    public static ReadOnlySpan<byte> ContextSlots => [21, 22, 23, 25, 26, 27, 28, 34, 35, 36, 37, 38, 40, 42, 43, 44];

    /// <summary>Where token <paramref name="i"/> of <paramref name="n"/> is, as the position features see it.</summary>
    public static TokenPosition PositionOf(int i, int n) => i == 0 ? TokenPosition.First : i == n - 1 ? TokenPosition.Last : TokenPosition.Middle;

    /// <summary>
    /// Writes the rows of the features of the word <paramref name="t"/> at <paramref name="position"/> in its sentence
    /// (<see cref="PositionSlots"/> of <paramref name="r"/>): inside a sentence, a tagger may sum them once per word too.
    /// </summary>
    public void PositionRows(in TokenHashes t, TokenPosition position, Span<int> r)
    {
        r[24] = Row(24, FeatureHash.Combine((ulong)position, t.Shape));
        r[29] = Row(29, FeatureHash.Combine((ulong)position, t.Lower));
    }

    /// <summary>
    /// Writes the rows of the features of the word <paramref name="token"/> alone (<see cref="WordSlots"/> of
    /// <paramref name="r"/>), <paramref name="t"/> its description: the same wherever the word is, so a tagger may sum
    /// their weights once per word.
    /// </summary>
    public void WordRows(ReadOnlySpan<char> token, in TokenHashes t, Span<int> r)
    {
        WordAffixes affixes = WordAffixes.Of(token);
        r[0] = Row(0, 0);
        r[1] = Row(1, t.Word);
        r[2] = Row(2, t.Lower);
        r[3] = Row(3, affixes.Prefix1);
        r[4] = Row(4, affixes.Prefix2);
        r[5] = Row(5, affixes.Prefix3);
        r[6] = Row(6, affixes.Prefix4);
        r[7] = Row(7, affixes.Suffix1);
        r[8] = Row(8, affixes.Suffix2);
        r[9] = Row(9, affixes.Suffix3);
        r[10] = Row(10, affixes.Suffix4);
        r[11] = Row(11, t.Shape);
        r[12] = Row(12, t.Collapsed);
        r[30] = Row(30, (ulong)WordClusters.Coarse(t.Cluster));
        r[31] = Row(31, (ulong)t.Cluster);
        r[39] = Row(39, (ulong)(uint)t.NamePart);
        r[41] = Row(41, FeatureHash.Combine((ulong)(uint)t.NamePart, t.Shape));
    }

    /// <summary>
    /// Writes the rows of the features a token takes from the word <paramref name="t"/> alone when it is the token's
    /// <paramref name="neighbour"/> (<see cref="NeighbourSlots"/> of <paramref name="r"/>): a tagger may sum them once per word too.
    /// </summary>
    public void NeighbourRows(in TokenHashes t, Neighbour neighbour, Span<int> r)
    {
        switch (neighbour)
        {
            case Neighbour.Previous:
                r[13] = Row(13, t.Lower);
                r[17] = Row(17, t.Collapsed);
                r[32] = Row(32, (ulong)t.Cluster);
                break;
            case Neighbour.SecondPrevious:
                r[14] = Row(14, t.Lower);
                r[19] = Row(19, t.Collapsed);
                break;
            case Neighbour.Next:
                r[15] = Row(15, t.Lower);
                r[18] = Row(18, t.Collapsed);
                r[33] = Row(33, (ulong)t.Cluster);
                break;
            default:
                r[16] = Row(16, t.Lower);
                r[20] = Row(20, t.Collapsed);
                break;
        }
    }

    /// <summary>
    /// Writes the rows of the other features (<see cref="ContextSlots"/> of <paramref name="r"/>): those of token
    /// <paramref name="i"/> of <paramref name="hashes"/>, the sentence's marked tokens, with its neighbours.
    /// </summary>
    /// <remarks>
    /// The features' values, then their rows, are mixed four at a time (<see cref="FeatureHash.Mix(Vector256{ulong})"/>):
    /// none depends on another.
    /// </remarks>
    [SkipLocalsInit]
    public void ContextRows(ReadOnlySpan<TokenHashes> hashes, int i, Span<int> r)
    {
        ref readonly TokenHashes t = ref hashes[i];
        ref readonly TokenHashes p1 = ref At(hashes, i - 1);
        ref readonly TokenHashes n1 = ref At(hashes, i + 1);
        ulong lists = (ulong)(t.Lists & EntityLists.PositionMask);
        // The values that combine two hashes: FeatureHash.Combine, four at a time.
        Vector256<ulong> words = FeatureHash.Mix(Vector256.Create(
            FeatureHash.Unmixed(p1.Lower, t.Lower),
            FeatureHash.Unmixed(t.Lower, n1.Lower),
            FeatureHash.Unmixed(p1.Lower, t.Collapsed),
            FeatureHash.Unmixed(t.Collapsed, n1.Lower)));
        Vector256<ulong> shapes = FeatureHash.Mix(Vector256.Create(
            FeatureHash.Unmixed(p1.Collapsed, t.Collapsed),
            FeatureHash.Unmixed((ulong)t.Lexicon, t.Collapsed),
            FeatureHash.Unmixed(lists, t.Collapsed),
            0));
        // The sixteen values, in the order of ContextSlots.
        Span<int> rows = stackalloc int[16];
        Rows(0, Vector256.Create(
            words.GetElement(0), // 21
            words.GetElement(1), // 22
            FeatureHash.Combine(shapes.GetElement(0), n1.Collapsed), // 23
            words.GetElement(2))) // 25
            .CopyTo(rows);
        Rows(1, Vector256.Create(
            words.GetElement(3), // 26
            (ulong)t.Gazetteer, // 27
            (ulong)((p1.Gazetteer << 10) | (t.Gazetteer << 5) | n1.Gazetteer), // 28
            ((ulong)WordClusters.Coarse(p1.Cluster) << 32) | (uint)WordClusters.Coarse(t.Cluster))) // 34
            .CopyTo(rows[4..]);
        Rows(2, Vector256.Create(
            ((ulong)WordClusters.Coarse(t.Cluster) << 32) | (uint)WordClusters.Coarse(n1.Cluster), // 35
            (ulong)t.Lexicon, // 36
            (ulong)((p1.Lexicon << 16) | (t.Lexicon << 8) | n1.Lexicon), // 37
            shapes.GetElement(1))) // 38
            .CopyTo(rows[8..]);
        Rows(3, Vector256.Create(
            ((ulong)(uint)p1.NamePart << 32) | (uint)n1.NamePart, // 40
            (ulong)t.Lists, // 42
            shapes.GetElement(2), // 43
            ((ulong)(p1.Lists & EntityLists.PositionMask) << 32) | (lists << 16) | (uint)(n1.Lists & EntityLists.PositionMask))) // 44
            .CopyTo(rows[12..]);
        ReadOnlySpan<byte> slots = ContextSlots;
        for (int k = 0; k < rows.Length; k++)
        {
            r[slots[k]] = rows[k];
        }
    }

    // TemplateTerm of ContextSlots, four by four.
    private static readonly Vector256<ulong>[] ContextTerms =
    [
        .. Enumerable.Range(0, 4).Select(k => Vector256.Create(
            TemplateTerm(ContextSlots[4 * k]), TemplateTerm(ContextSlots[(4 * k) + 1]), TemplateTerm(ContextSlots[(4 * k) + 2]), TemplateTerm(ContextSlots[(4 * k) + 3]))),
    ];

    // Row of each value of the context slots 4 * quarter to 4 * quarter + 3.
    private Vector128<int> Rows(int quarter, Vector256<ulong> values)
    {
        Vector256<ulong> rows = Vector256.ShiftRightLogical(FeatureHash.Mix(values + ContextTerms[quarter]), _shift);
        return Vector128.Narrow(rows.GetLower(), rows.GetUpper()).AsInt32();
    }

    // Row(template, value) is Mix(value + TemplateTerm(template)) >> _shift.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong TemplateTerm(ulong template) => template * 0x9E3779B97F4A7C15;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Row(ulong template, ulong value) => (int)(FeatureHash.Mix(value + TemplateTerm(template)) >> _shift);
}
