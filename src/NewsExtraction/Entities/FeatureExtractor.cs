using System.Runtime.CompilerServices;
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

    // Stand-ins for the tokens before and after the sentence.
    private static readonly TokenHashes Outside = new()
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
    /// Writes <see cref="Count"/> row indexes per token of <paramref name="tokens"/> (ranges of <paramref name="text"/>)
    /// into <paramref name="rows"/>, using <paramref name="hashes"/> (one per token) as scratch space.
    /// </summary>
    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenHashes> hashes, Span<int> rows)
    {
        int n = tokens.Length;
        for (int i = 0; i < n; i++)
        {
            hashes[i] = TokenHashes.Of(tokens[i].In(text));
            hashes[i].Cluster = Clusters.Of(hashes[i].Lower);
            hashes[i].NamePart = NameParts.Of(hashes[i].Word);
        }
        Gazetteer.Mark(hashes[..n]);
        Names.Mark(hashes[..n]);
        Lists.Mark(hashes[..n]);
        for (int i = 0; i < n; i++)
        {
            ref readonly TokenHashes t = ref hashes[i];
            ref readonly TokenHashes p1 = ref i > 0 ? ref hashes[i - 1] : ref Outside;
            ref readonly TokenHashes p2 = ref i > 1 ? ref hashes[i - 2] : ref Outside;
            ref readonly TokenHashes n1 = ref i + 1 < n ? ref hashes[i + 1] : ref Outside;
            ref readonly TokenHashes n2 = ref i + 2 < n ? ref hashes[i + 2] : ref Outside;
            ulong position = i == 0 ? 1UL : i == n - 1 ? 2UL : 3UL;
            Span<int> r = rows.Slice(i * Count, Count);
            r[0] = Row(0, 0);
            r[1] = Row(1, t.Word);
            r[2] = Row(2, t.Lower);
            r[3] = Row(3, t.Prefix1);
            r[4] = Row(4, t.Prefix2);
            r[5] = Row(5, t.Prefix3);
            r[6] = Row(6, t.Prefix4);
            r[7] = Row(7, t.Suffix1);
            r[8] = Row(8, t.Suffix2);
            r[9] = Row(9, t.Suffix3);
            r[10] = Row(10, t.Suffix4);
            r[11] = Row(11, t.Shape);
            r[12] = Row(12, t.Collapsed);
            r[13] = Row(13, p1.Lower);
            r[14] = Row(14, p2.Lower);
            r[15] = Row(15, n1.Lower);
            r[16] = Row(16, n2.Lower);
            r[17] = Row(17, p1.Collapsed);
            r[18] = Row(18, n1.Collapsed);
            r[19] = Row(19, p2.Collapsed);
            r[20] = Row(20, n2.Collapsed);
            r[21] = Row(21, FeatureHash.Combine(p1.Lower, t.Lower));
            r[22] = Row(22, FeatureHash.Combine(t.Lower, n1.Lower));
            r[23] = Row(23, FeatureHash.Combine(FeatureHash.Combine(p1.Collapsed, t.Collapsed), n1.Collapsed));
            r[24] = Row(24, FeatureHash.Combine(position, t.Shape));
            r[25] = Row(25, FeatureHash.Combine(p1.Lower, t.Collapsed));
            r[26] = Row(26, FeatureHash.Combine(t.Collapsed, n1.Lower));
            r[27] = Row(27, (ulong)t.Gazetteer);
            r[28] = Row(28, (ulong)((p1.Gazetteer << 10) | (t.Gazetteer << 5) | n1.Gazetteer));
            r[29] = Row(29, FeatureHash.Combine(position, t.Lower));
            r[30] = Row(30, (ulong)WordClusters.Coarse(t.Cluster));
            r[31] = Row(31, (ulong)t.Cluster);
            r[32] = Row(32, (ulong)p1.Cluster);
            r[33] = Row(33, (ulong)n1.Cluster);
            r[34] = Row(34, ((ulong)WordClusters.Coarse(p1.Cluster) << 32) | (uint)WordClusters.Coarse(t.Cluster));
            r[35] = Row(35, ((ulong)WordClusters.Coarse(t.Cluster) << 32) | (uint)WordClusters.Coarse(n1.Cluster));
            r[36] = Row(36, (ulong)t.Lexicon);
            r[37] = Row(37, (ulong)((p1.Lexicon << 16) | (t.Lexicon << 8) | n1.Lexicon));
            r[38] = Row(38, FeatureHash.Combine((ulong)t.Lexicon, t.Collapsed));
            r[39] = Row(39, (ulong)(uint)t.NamePart);
            r[40] = Row(40, ((ulong)(uint)p1.NamePart << 32) | (uint)n1.NamePart);
            r[41] = Row(41, FeatureHash.Combine((ulong)(uint)t.NamePart, t.Shape));
            r[42] = Row(42, (ulong)t.Lists);
            r[43] = Row(43, FeatureHash.Combine((ulong)(t.Lists & EntityLists.PositionMask), t.Collapsed));
            r[44] = Row(44, ((ulong)(p1.Lists & EntityLists.PositionMask) << 32) | ((ulong)(t.Lists & EntityLists.PositionMask) << 16)
                | (uint)(n1.Lists & EntityLists.PositionMask));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Row(ulong template, ulong value) => (int)(FeatureHash.Mix(value + (template * 0x9E3779B97F4A7C15)) >> _shift);
}
