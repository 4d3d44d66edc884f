using System.Collections.Frozen;

namespace NewsExtraction.Quantities;

/// <summary>
/// The number words of one language with their roles, and how the language writes numbers: which mark groups
/// thousands, whether tens are counted in twenties (<c>quatre-vingts</c>). <see cref="NumberParser"/> reads these
/// and never asks which language it is. Immutable and thread-safe.
/// </summary>
internal sealed class NumberLanguage
{
    /// <summary>French: <c>1.500</c> groups thousands, <c>quatre-vingt-dix</c> counts in twenties, <c>mille</c> alone is a thousand.</summary>
    public static readonly NumberLanguage French = new(
        dotGroupsThousands: true,
        vigesimalTens: true,
        bareThousand: true,
        ("zéro", NumberWordKind.Unit, 0), ("un", NumberWordKind.Article, 1), ("une", NumberWordKind.Article, 1),
        ("deux", NumberWordKind.Unit, 2), ("trois", NumberWordKind.Unit, 3), ("quatre", NumberWordKind.Unit, 4),
        ("cinq", NumberWordKind.Unit, 5), ("six", NumberWordKind.Unit, 6), ("sept", NumberWordKind.Unit, 7),
        ("huit", NumberWordKind.Unit, 8), ("neuf", NumberWordKind.Unit, 9), ("dix", NumberWordKind.Unit, 10),
        ("onze", NumberWordKind.Unit, 11), ("douze", NumberWordKind.Unit, 12), ("treize", NumberWordKind.Unit, 13),
        ("quatorze", NumberWordKind.Unit, 14), ("quinze", NumberWordKind.Unit, 15), ("seize", NumberWordKind.Unit, 16),
        ("vingt", NumberWordKind.Ten, 20), ("vingts", NumberWordKind.Ten, 20), ("trente", NumberWordKind.Ten, 30),
        ("quarante", NumberWordKind.Ten, 40), ("cinquante", NumberWordKind.Ten, 50), ("soixante", NumberWordKind.Ten, 60),
            // Belgian and Swiss tens.
        ("septante", NumberWordKind.Ten, 70), ("huitante", NumberWordKind.Ten, 80), ("octante", NumberWordKind.Ten, 80),
        ("nonante", NumberWordKind.Ten, 90),
        ("cent", NumberWordKind.Hundred, 100), ("cents", NumberWordKind.Hundred, 100),
        ("mille", NumberWordKind.Scale, 1e3), ("million", NumberWordKind.Scale, 1e6), ("millions", NumberWordKind.Scale, 1e6),
        ("milliard", NumberWordKind.Scale, 1e9), ("milliards", NumberWordKind.Scale, 1e9),
            // The long scale: a French billion is a million million.
        ("billion", NumberWordKind.Scale, 1e12), ("billions", NumberWordKind.Scale, 1e12),
        ("et", NumberWordKind.Connector, 0));

    /// <summary>English: <c>1,500</c> groups thousands and <c>1.5</c> is a decimal.</summary>
    public static readonly NumberLanguage English = new(
        dotGroupsThousands: false,
        vigesimalTens: false,
        bareThousand: false,
        ("zero", NumberWordKind.Unit, 0), ("one", NumberWordKind.Unit, 1), ("a", NumberWordKind.Article, 1),
        ("an", NumberWordKind.Article, 1), ("two", NumberWordKind.Unit, 2), ("three", NumberWordKind.Unit, 3),
        ("four", NumberWordKind.Unit, 4), ("five", NumberWordKind.Unit, 5), ("six", NumberWordKind.Unit, 6),
        ("seven", NumberWordKind.Unit, 7), ("eight", NumberWordKind.Unit, 8), ("nine", NumberWordKind.Unit, 9),
        ("ten", NumberWordKind.Unit, 10), ("eleven", NumberWordKind.Unit, 11), ("twelve", NumberWordKind.Unit, 12),
        ("thirteen", NumberWordKind.Unit, 13), ("fourteen", NumberWordKind.Unit, 14), ("fifteen", NumberWordKind.Unit, 15),
        ("sixteen", NumberWordKind.Unit, 16), ("seventeen", NumberWordKind.Unit, 17), ("eighteen", NumberWordKind.Unit, 18),
        ("nineteen", NumberWordKind.Unit, 19), ("twenty", NumberWordKind.Ten, 20), ("thirty", NumberWordKind.Ten, 30),
        ("forty", NumberWordKind.Ten, 40), ("fifty", NumberWordKind.Ten, 50), ("sixty", NumberWordKind.Ten, 60),
        ("seventy", NumberWordKind.Ten, 70), ("eighty", NumberWordKind.Ten, 80), ("ninety", NumberWordKind.Ten, 90),
        ("hundred", NumberWordKind.Hundred, 100), ("thousand", NumberWordKind.Scale, 1e3),
        ("million", NumberWordKind.Scale, 1e6), ("millions", NumberWordKind.Scale, 1e6),
        ("billion", NumberWordKind.Scale, 1e9), ("billions", NumberWordKind.Scale, 1e9),
        ("trillion", NumberWordKind.Scale, 1e12), ("trillions", NumberWordKind.Scale, 1e12),
        ("dozen", NumberWordKind.Dozen, 12), ("and", NumberWordKind.Connector, 0));

    /// <summary>The number words, articles (<c>un</c>, <c>a</c>) and connectors (<c>et</c>, <c>and</c>), by their spelling in any case.</summary>
    public FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Words { get; }

    /// <summary>Whether a lone <c>.</c> before three digits groups thousands (<c>1.500</c>); else a lone <c>,</c> does.</summary>
    public bool DotGroupsThousands { get; }

    /// <summary>Whether tens go by twenties above sixty: <c>soixante-dix</c> = 70, <c>quatre-vingt(s)</c> = 80, <c>quatre-vingt-dix</c> = 90.</summary>
    public bool VigesimalTens { get; }

    /// <summary>Whether the thousand word stands alone for one thousand (<c>mille</c>; English says <c>a thousand</c>).</summary>
    public bool BareThousand { get; }

    /// <summary>The numbers of <paramref name="language"/>; French for any language but English.</summary>
    public static NumberLanguage For(Language language) => language == Language.English ? English : French;

    private NumberLanguage(bool dotGroupsThousands, bool vigesimalTens, bool bareThousand,
        params (string Word, NumberWordKind Kind, double Value)[] entries)
    {
        DotGroupsThousands = dotGroupsThousands;
        VigesimalTens = vigesimalTens;
        BareThousand = bareThousand;
        var words = new Dictionary<string, NumberWord>(StringComparer.OrdinalIgnoreCase);
        foreach ((string word, NumberWordKind kind, double value) in entries)
        {
            words.Add(word, new NumberWord(kind, value));
        }
        Words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
