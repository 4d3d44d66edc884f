using System.Collections.Frozen;
using NewsExtraction.Text;

namespace NewsExtraction.Quantities;

/// <summary>The word lists <see cref="QuantityRecognizer"/> reads around amounts, as frozen span lookups.</summary>
internal static class QuantityWords
{
    /// <summary>Words that are never a counted noun: articles, prepositions, pronouns, conjunctions, auxiliaries, adverbs.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchFunctionWords = CreateSet(
        "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "ce", "cet", "cette", "ces", "mon", "ma", "mes",
        "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "et", "ou", "ni", "mais",
        "donc", "or", "car", "que", "qui", "quoi", "dont", "où", "à", "en", "dans", "par", "pour", "sur", "sous", "avec",
        "sans", "chez", "vers", "entre", "contre", "depuis", "pendant", "avant", "après", "selon", "malgré", "parmi",
        "comme", "si", "se", "ne", "pas", "plus", "moins", "très", "trop", "aussi", "déjà", "encore", "environ",
        "seulement", "également", "y", "il", "ils", "elle", "elles", "on", "nous", "vous", "je", "tu", "lui", "eux",
        "me", "te", "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "soit", "soient", "a",
        "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ait", "aient", "été", "fut", "furent",
        "eu", "près", "presque", "quelque", "quelques", "plusieurs", "autres", "autre", "tous", "toutes", "tout",
        "toute", "chacun", "chacune", "dont", "lors", "jusque", "hier", "aujourd'hui", "demain", "puis", "alors",
        "ainsi", "enfin", "même", "mêmes", "total", "parce", "afin", "via", "contre", "voire", "soi", "cela", "ceci",
        "ça", "celui", "celle", "ceux", "celles", "non", "oui", "là", "ici", "dès", "outre", "quant", "sauf");

    /// <inheritdoc cref="FrenchFunctionWords"/>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishFunctionWords = CreateSet(
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "and",
        "or", "nor", "but", "so", "yet", "if", "than", "as", "of", "to", "in", "on", "at", "by", "for", "with",
        "without", "from", "into", "onto", "over", "under", "about", "between", "among", "through", "during",
        "before", "after", "since", "until", "against", "per", "via", "is", "are", "was", "were", "be", "been",
        "being", "am", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "do", "does", "did", "not", "no", "also", "already", "still", "just", "only", "around", "nearly",
        "some", "more", "less", "fewer", "it", "they", "he", "she", "we", "you", "i", "them", "him", "us", "me",
        "who", "which", "what", "whose", "whom", "where", "when", "there", "here", "then", "each", "every", "all",
        "both", "either", "neither", "other", "another", "such", "own", "same", "too", "very", "much",
        "many", "few", "several", "most", "any", "almost", "approximately", "roughly", "least", "up", "out",
        "while", "whereas", "because", "though", "although", "across", "toward", "towards", "according", "including",
        "total", "yesterday", "today", "tomorrow", "ago", "again", "even", "now");

    /// <summary>
    /// French approximate nouns that take their own determiner into the span (<c>une dizaine</c>, <c>un millier</c>),
    /// with their lower bound.
    /// </summary>
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> VagueSingulars = CreateMap(
        ("dizaine", 10), ("douzaine", 12), ("quinzaine", 15), ("vingtaine", 20), ("trentaine", 30), ("quarantaine", 40),
        ("cinquantaine", 50), ("soixantaine", 60), ("centaine", 100), ("millier", 1e3));

    /// <summary>Vague plurals, with their lower bound: <c>des milliers</c>, <c>centaines de</c>, <c>thousands of</c>.</summary>
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> VaguePlurals = CreateMap(
        ("dizaines", 10), ("douzaines", 12), ("vingtaines", 20), ("centaines", 100), ("milliers", 1e3),
        ("millions", 1e6), ("milliards", 1e9), ("tens", 10), ("dozens", 12), ("hundreds", 100), ("thousands", 1e3),
        ("billions", 1e9));

    /// <summary>Determiners that make a vague plural an amount without a following <c>de</c>/<c>of</c>: <c>des milliers.</c></summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VagueDeterminers = CreateSet(
        "des", "plusieurs", "quelques", "several", "many", "few");

    /// <summary>
    /// Words before a number that make it part of a name, title or code: <c>Épisode 6</c>, <c>l’article 5</c>, <c>page 3</c>.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWords = CreateSet(
        "épisode", "episode", "chapitre", "chapter", "article", "numéro", "number", "no", "nos", "n", "saison", "season",
        "tome", "volume", "vol", "page", "p", "partie", "part", "acte", "act", "section", "paragraphe", "paragraph",
        "alinéa", "niveau", "level", "catégorie", "category", "ligne", "line", "phase", "round", "manche", "étape",
        "stage", "top", "titre", "title", "version", "v", "room", "chambre", "salle", "porte", "gate", "route", "rue",
        "street", "avenue", "boulevard", "bus", "tram", "flight", "quai", "terminal", "jour", "day",
        "série", "series", "groupe", "group", "figure", "fig", "tableau", "table", "annexe", "annex", "classe", "class",
        "grade", "zone", "secteur", "sector", "code", "modèle", "model");

    /// <summary>Words before an hour that make it a time of day: <c>à 14 heures</c>, <c>at 3 p.m.</c>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimePrepositions = CreateSet(
        "à", "vers", "dès", "at");

    /// <summary>Hour words after a number: <c>14 heures</c>, <c>14 h</c>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HourWords = CreateSet(
        "h", "heure", "heures", "hour", "hours", "o'clock", "o’clock");

    /// <summary>Markers of a clock time after a number, with or without their periods: <c>3 p.m.</c>, <c>10 GMT</c>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClockMarkers = CreateSet(
        "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "cest", "edt", "pst", "bst");

    /// <summary>Letters glued to digits that make an ordinal or a decade: <c>2e</c>, <c>1er</c>, <c>21st</c>, <c>1990s</c>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonCardinalSuffixes = CreateSet(
        "e", "er", "re", "ère", "ème", "eme", "è", "es", "ers", "res", "ères", "èmes", "emes", "nd", "st", "rd", "th",
        "ᵉ", "ᵉʳ", "ᵉʳᵉ", "s");

    /// <summary>
    /// Unit symbols, in both languages, that may follow an amount of two or more without a plural ending:
    /// <c>3 min</c>, <c>42 km</c>; the nouns of each language are <see cref="QuantityLanguage.UnitWords"/>.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = CreateSet(
        "km", "m", "cm", "mm", "kg", "g", "mg", "t", "h", "min", "mn", "s", "ms", "ha", "l", "ml", "hl", "mph", "kph",
        "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "mt", "gt", "bpd", "ppm", "nm", "ft", "lb", "oz", "mi",
        "percent", "pourcent");

    /// <summary>Units of several words, checked before single words: <c>10 pour cent</c>, <c>0.5 percentage points</c>.</summary>
    public static readonly string[][] UnitPhrases =
    [
        ["pour", "cent"], ["per", "cent"], ["percentage", "points"], ["percentage", "point"],
        ["points", "de", "pourcentage"], ["point", "de", "pourcentage"], ["square", "kilometres"],
        ["square", "kilometers"], ["square", "miles"], ["square", "metres"], ["square", "meters"], ["kilomètres", "carrés"], ["mètres", "carrés"],
        ["year", "old"], ["casques", "bleus"],
    ];

    /// <summary>French singular articles before a number, which make it a day or a name: <c>le 8</c>, <c>du 8 au 13</c>, <c>le 49.3</c>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayArticles = CreateSet("le", "du", "au");

    /// <summary>Spans of time: after <c>over</c> they make it mean "during" (<c>over five years</c>), not "more than".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Durations = CreateSet(
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries");

    /// <summary>Approximators before an amount; elided words keep their apostrophe.</summary>
    public static readonly string[][] ApproximatorsBefore =
    [
        ["environ"], ["près", "de"], ["près", "d'"], ["quelque"], ["quelques"], ["plus", "de"], ["plus", "d'"],
        ["moins", "de"], ["moins", "d'"], ["au", "moins"], ["au", "plus"], ["jusqu'", "à"], ["presque"], ["quasiment"],
        ["pratiquement"], ["approximativement"], ["autour", "de"], ["autour", "d'"], ["alentours", "de"],
        ["alentours", "d'"], ["ordre", "de"], ["ordre", "d'"], ["à", "peu", "près"], ["plus", "ou", "moins"],
        ["au-delà", "de"], ["au-delà", "d'"], ["grosso", "modo"], ["estimé", "à"], ["estimés", "à"], ["estimée", "à"],
        ["estimées", "à"], ["about"], ["around"], ["nearly"], ["almost"], ["approximately"], ["roughly"], ["some"],
        ["circa"], ["over"], ["up", "to"], ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"],
        ["at", "most"], ["close", "to"], ["as", "many", "as"], ["as", "much", "as"], ["upwards", "of"], ["estimated"],
        ["excess", "of"], ["just", "under"], ["plusieurs"], ["several"],
    ];

    /// <summary>Approximators after an amount: <c>12 000 environ</c>, <c>10 or so</c>.</summary>
    public static readonly string[][] ApproximatorsAfter =
    [
        ["environ"], ["au", "moins"], ["ou", "plus"], ["or", "so"], ["or", "more"], ["at", "least"],
    ];

    /// <summary>Whether <paramref name="c"/> is a currency sign, written before or after the amount.</summary>
    public static bool IsCurrencySign(char c) => c is '€' or '$' or '£' or '¥' or '₩' or '₽' or '₴' or '₹' or '₣' or '₺';

    /// <summary>Whether <paramref name="c"/> is a unit sign written after the amount: a currency, <c>%</c> or <c>‰</c>.</summary>
    public static bool IsUnitSign(char c) => IsCurrencySign(c) || c is '%' or '‰';

    /// <summary>Whether <paramref name="c"/> is an arithmetic operator: <c>19 − 16 =</c> is a sum, not two amounts.</summary>
    public static bool IsOperator(char c) => c is '=' or '−' or '×' or '÷';

    /// <summary>Whether <paramref name="token"/> is <paramref name="word"/>, ignoring case and the shape of an apostrophe.</summary>
    public static bool Is(ReadOnlySpan<char> token, string word)
    {
        if (token.Length != word.Length)
        {
            return false;
        }
        for (int i = 0; i < token.Length; i++)
        {
            char a = token[i], b = word[i];
            if (a != b && char.ToLowerInvariant(a) != b && !(b == '\'' && Tokenizer.IsApostrophe(a)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the word is <c>de</c>, <c>d’</c> or <c>of</c>, which join a vague amount to its noun.</summary>
    public static bool IsOf(ReadOnlySpan<char> token) => Is(token, "de") || Is(token, "d'") || Is(token, "of");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CreateSet(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> CreateMap(params (string Word, double Value)[] entries)
    {
        var map = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach ((string word, double value) in entries)
        {
            map.Add(word, value);
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
