using System.Collections.Frozen;
using NewsExtraction.Text;

namespace NewsExtraction.Quantities;

/// <summary>
/// What the quantity stage knows of one language: the words around an amount that decide what its unit is, and
/// the word-order facts that differ between French and English. The stage logic reads these and never asks which
/// language it is.
/// </summary>
internal sealed class QuantityLanguage
{
    /// <summary>French: adjectives follow the noun (<c>30 blessés graves</c>), articles count durations (<c>il y a un mois</c>).</summary>
    public static readonly QuantityLanguage French = new()
    {
        FunctionWords = QuantityWords.FrenchFunctionWords,
        Openers = new([.. NumberParser.OpeningWords(Language.French), .. QuantityWords.VaguePlurals.Dictionary.Keys,
            .. QuantityWords.VagueSingulars.Dictionary.Keys]),
        UnitWords = CreateSet("pays", "fois", "voix", "mois", "prix", "cas", "corps", "bras", "fils", "avis", "poids"),
        PrenominalAdjectives = CreateSet(
            "nouveaux", "nouvelles", "derniers", "dernières", "premiers", "premières", "prochains", "prochaines", "autres",
            "grands", "grandes", "petits", "petites", "jeunes", "vieux", "vieilles", "anciens", "anciennes", "seuls",
            "seules", "bons", "bonnes", "mauvais", "mauvaises", "meilleurs", "meilleures", "gros", "grosses", "hauts",
            "hautes", "longs", "longues", "beaux", "belles", "vrais", "vraies", "faux", "fausses", "pires", "mêmes",
            "simples", "pauvres", "précédents", "précédentes", "différents", "différentes", "divers", "diverses",
            "nombreux", "nombreuses", "rares", "malheureux", "courtes", "courts", "éventuels", "éventuelles", "futurs",
            "futures", "ex", "soi-disant", "quelque",
            // They qualify the amount, not what is counted: "[12 000 soldats] supplémentaires".
            "supplémentaires", "additionnels", "additionnelles", "restants", "restantes", "consécutifs", "consécutives"),
        AdjectivesFollowNoun = true,
        DurationNouns = CreateSet("seconde", "minute", "heure", "jour", "semaine", "mois", "an", "année", "décennie", "siècle"),
        OneWords = CreateSet("un", "une"),
        OneDurationCuesBefore =
        [
            ["il", "y", "a"], ["moins", "d'"], ["plus", "d'"], ["pendant"], ["depuis"], ["durant"], ["dans"], ["en"],
            ["pour"], ["après"], ["avant"], ["voici"], ["voilà"],
        ],
        OneDurationCuesAfter = [["plus", "tôt"], ["plus", "tard"], ["après"], ["avant"], ["auparavant"], ["durant"]],
        PartitiveDeterminers = CreateSet("des", "ses", "les", "ces", "leurs", "nos", "vos", "mes", "tes", "entre"),
        WordsNeedingNoun = CreateSet("neuf"),
        Coordinators = CreateSet("et", "ou"),
        DefiniteArticles = CreateSet("les", "ces", "des"),
        Ordinals = CreateSet(),
    };

    /// <summary>
    /// English: one modifier may stand between an amount and its noun (<c>27 member states</c>), a number joins a
    /// noun into an adjective (<c>five-year</c>, <c>six month</c>), and plain four-digit numbers are years.
    /// </summary>
    public static readonly QuantityLanguage English = new()
    {
        FunctionWords = QuantityWords.EnglishFunctionWords,
        Openers = new([.. NumberParser.OpeningWords(Language.English), .. QuantityWords.VaguePlurals.Dictionary.Keys]),
        UnitWords = CreateSet(
            "people", "children", "men", "women", "police", "personnel", "staff", "feet", "sheep", "cattle", "aircraft",
            "fish", "deer", "livestock", "dead", "injured", "wounded", "missing", "crew", "pence",
            // A currency or a span of time in the singular after an amount is a compound adjective: "a 650m euro
            // charge", "six month losses", "a 30 year old".
            "euro", "dollar", "pound", "yen", "yuan", "franc", "rouble", "ruble", "rupee", "peso", "second", "minute",
            "hour", "day", "week", "month", "year", "decade", "century"),
        PrenominalAdjectives = CreateSet(
            "main", "other", "first", "second", "third", "last", "next", "new", "old", "big", "bigger", "biggest", "large",
            "larger", "largest", "small", "smaller", "smallest", "top", "key", "major", "online", "previous", "separate",
            "different", "additional", "extra", "further", "remaining", "leading", "existing", "former", "current", "best",
            "worst", "better", "worse", "only", "consecutive", "straight", "successive", "full", "whole", "entire", "young",
            "possible", "single", "individual", "similar", "various", "local", "foreign", "domestic", "rival", "high",
            "higher", "highest", "low", "lower", "lowest", "long", "longer", "longest", "short", "early", "late", "latest",
            "recent", "past", "future", "final", "initial", "original", "little", "great", "greatest", "good", "bad",
            "poor", "rich", "real", "free", "public", "private", "such", "earlier", "later", "fewer", "oldest", "newest",
            "youngest", "strongest", "richest", "poorest", "fastest", "busiest", "distinct", "named",
            "unnamed", "so-called", "would-be"),
        ModifierJoinsUnit = true,
        CapitalAfterAmountStartsName = true,
        PlainFourDigitsAreYears = true,
        GluedMIsMillion = true,
        NumberWordCompounds = true,
        DurationNouns = CreateSet("second", "minute", "hour", "day", "week", "month", "year", "decade", "century"),
        OneWords = CreateSet(),
        OneDurationCuesBefore = [],
        OneDurationCuesAfter = [],
        PartitiveDeterminers = CreateSet(),
        WordsNeedingNoun = CreateSet("one"),
        DecadeAgeOwners = CreateSet("their", "his", "her", "my", "your", "our", "early", "mid", "late"),
        Coordinators = CreateSet("and", "or"),
        DefiniteArticles = CreateSet("the", "these", "those"),
        Ordinals = CreateSet("first", "second", "third", "fifth", "eighth", "ninth", "twelfth", "twentieth", "thirtieth",
            "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "quarter", "half", "halve"),
    };

    /// <summary>Words that are never a counted noun: articles, prepositions, pronouns, conjunctions, auxiliaries, adverbs.</summary>
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords { get; init; }

    /// <summary>The words that can open an amount, to skip every other word without a dictionary lookup.</summary>
    public required WordShapeFilter Openers { get; init; }

    /// <summary>
    /// Nouns that may follow an amount of two or more without a plural ending (<c>deux pays</c>, <c>250 people</c>,
    /// <c>510.75 pence</c>), besides the symbols of <see cref="QuantityWords.Units"/>.
    /// </summary>
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitWords { get; init; }

    /// <summary>
    /// Adjectives that are no part of the unit: before the counted noun they leave the amount alone
    /// (<c>[1280] nouveaux LBD</c>, <c>its [400] main brands</c>); after it, where adjectives follow the noun, they
    /// stay outside (<c>[12 000 soldats] supplémentaires</c>).
    /// </summary>
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrenominalAdjectives { get; init; }

    /// <summary>Whether an adjective after the counted noun joins the unit: <c>30 blessés graves</c>.</summary>
    public bool AdjectivesFollowNoun { get; init; }

    /// <summary>Whether one lower-case modifier between the amount and the counted noun joins the unit: <c>27 member states</c>.</summary>
    public bool ModifierJoinsUnit { get; init; }

    /// <summary>Whether a capital after an amount starts a name rather than the counted noun: <c>3,000 North Korean troops</c>.</summary>
    public bool CapitalAfterAmountStartsName { get; init; }

    /// <summary>Whether plain four-digit numbers are years, counts of thousands being written with a comma: <c>a 2023 report</c>.</summary>
    public bool PlainFourDigitsAreYears { get; init; }

    /// <summary>Whether an <c>m</c> glued to digits is a million (<c>5m residents</c>) rather than a metre.</summary>
    public bool GluedMIsMillion { get; init; }

    /// <summary>Whether a number word joins a noun with a hyphen into an adjective that counts it: <c>a five-year ban</c>.</summary>
    public bool NumberWordCompounds { get; init; }

    /// <summary>Units of time in the singular: <c>un mois</c>, <c>one day</c>.</summary>
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DurationNouns { get; init; }

    /// <summary>Articles that count one of a unit of time when a time cue is beside them: <c>il y a une année</c>.</summary>
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OneWords { get; init; }

    /// <summary>Time cues before <see cref="OneWords"/> and a unit of time: <c>il y a</c>, <c>moins d’</c>, <c>pendant</c>.</summary>
    public required string[][] OneDurationCuesBefore { get; init; }

    /// <summary>Time cues after <see cref="OneWords"/> and a unit of time: <c>plus tôt</c>, <c>après</c>.</summary>
    public required string[][] OneDurationCuesAfter { get; init; }

    /// <summary>Plural determiners after <c>de</c> that make a number a part of a group: <c>neuf de ses dix députés</c>.</summary>
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartitiveDeterminers { get; init; }

    /// <summary>
    /// Number words that are too often something else to stand alone (<c>one</c> the pronoun, <c>neuf</c> new):
    /// they need a counted noun, or a partitive <c>de</c> where <see cref="PartitiveDeterminers"/> allows one.
    /// </summary>
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsNeedingNoun { get; init; }

    /// <summary>
    /// Words before a decade of two digits that make it an age (<c>in their 30s</c>, <c>in her early 40s</c>);
    /// empty where ages are not written so.
    /// </summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DecadeAgeOwners { get; init; } = CreateSet();

    /// <summary>The conjunctions that join the last item of a list: <c>30s, 40s and 50s</c>.</summary>
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Coordinators { get; init; }

    /// <summary>Definite determiners before an amount that counts a place name in the plural: <c>les deux Corées</c>.</summary>
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DefiniteArticles { get; init; }

    /// <summary>
    /// Ordinals and fractions a number word joins with a hyphen, which make no count: <c>twenty-first</c>,
    /// <c>two-thirds</c>; those in <c>-th</c> are found from the number word.
    /// </summary>
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ordinals { get; init; }

    /// <summary>The knowledge of <paramref name="language"/>; French for any language but English.</summary>
    public static QuantityLanguage For(Language language) => language == Language.English ? English : French;

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CreateSet(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();
}
