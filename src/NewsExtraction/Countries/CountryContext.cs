using NewsExtraction.Text;

namespace NewsExtraction.Countries;

/// <summary>
/// The small rule set that reads a form's neighbours: whether a capital stands for its government or is a place,
/// whether a name is part of a longer one, whether a demonym names a language or a sea. Word lists are folded
/// (lower case, no accents).
/// </summary>
internal static class CountryContext
{
    // "à Séoul", "in Moscow": the city as a place. "à" and "to" are also datives ("en soutien à Moscou"), see below.
    private static readonly FoldedWordSet LocativePrepositions = Set(
        "a", "au", "dans", "vers", "depuis", "via", "in", "at", "near", "outside", "inside", "around", "across", "into", "to", "from");

    // Words that govern a dative "à"/"to" addressed to a government ("soutien à Moscou", "face à Kiev", "aid to
    // Kyiv") or a "from" that comes from one ("a response from Beijing"). Matched as prefixes of the folded word,
    // within three words before the preposition.
    private static readonly string[] DativeGovernors =
    [
        "soutien", "soutenu", "aide", "appui", "appel", "message", "signal", "ultimatum", "avertissement", "menace",
        "hostil", "favorabl", "fidel", "allie", "adress", "livr", "fourn", "apport", "vendu", "promi", "accord",
        "demand", "reproch", "propos", "offr", "offert", "face", "opposition", "pression", "concession", "repond", "ripost",
        "support", "aid", "help", "assist", "appeal", "warning", "threat", "loyal", "ally", "deliver", "suppl",
        "sold", "sell", "gave", "giv", "offer", "pledg", "promis", "provid", "pressure", "repl", "respon", "letter",
        "statement", "reaction", "request", "order",
    ];

    // "près de Moscou", "le maire de Paris", "the outskirts of Kyiv": a place.
    private static readonly FoldedWordSet PlaceNouns = Set(
        "pres", "proximite", "environs", "banlieue", "peripherie", "centre", "rues", "rue", "maire", "mairie", "habitants",
        "region", "aeroport", "universite", "ville", "quartier", "metro", "nord", "sud", "est", "ouest", "police", "parc",
        "gare", "port", "outskirts", "suburbs", "streets", "mayor", "residents", "airport", "university", "city", "heart",
        "center", "north", "south", "east", "west", "park", "station");

    // "Latin America", "Northern Ireland", "North Cyprus": a qualifier that makes a name something else.
    private static readonly FoldedWordSet CompassQualifiers = Set(
        "north", "south", "east", "west", "central", "latin", "northern", "southern", "eastern", "western", "upper", "lower");

    // "péninsule coréenne", "océan Indien", "Indian Ocean", "Arabian Sea": a sea or land feature, not a state.
    private static readonly FoldedWordSet GeographicNouns = Set(
        "ocean", "mer", "golfe", "peninsule", "sea", "gulf", "peninsula");

    // Titles that take a state without making a name of it: "President of Russia", "Ambassadeur de France".
    private static readonly FoldedWordSet Titles = Set(
        "president", "prime", "premier", "minister", "ministre", "king", "roi", "queen", "reine", "ambassador",
        "ambassadeur", "ambassadrice", "secretary", "secretaire", "chancellor", "chancelier", "emperor", "empereur",
        "prince", "princess", "princesse", "chief", "chef", "envoy", "envoye", "consul");

    // The last word of a state's institution named after it: "[Russian] Defence Ministry", "[Chinese] Embassy".
    private static readonly FoldedWordSet OrganizationHeads = Set(
        "ministry", "office", "department", "embassy", "consulate", "army", "navy", "force", "forces", "government",
        "parliament", "council", "agency", "service", "guard", "command", "committee", "military", "police", "staff");

    // "visited Kyiv", "a quitté Moscou": a verb of travel takes the city as a place.
    private static readonly string[] TravelVerbs = ["visit", "toured", "tour", "reached", "left", "leave", "quitt", "rejoin", "ralli"];

    private static readonly FoldedWordSet LeadingAffixes = Set("pro", "anti", "ex", "non");

    private static readonly FoldedWordSet TrailingParticiples = Set(
        "born", "built", "made", "held", "run", "speaking");

    /// <summary>Whether token <paramref name="i"/> is the head noun of a state institution (<c>Ministry</c>, <c>Embassy</c>).</summary>
    public static bool IsOrganizationHead(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) => IsFolded(OrganizationHeads, text, tokens, i);

    /// <summary>Whether <paramref name="part"/> may open a compound before a form: <c>pro</c>-russe, <c>anti</c>-américain.</summary>
    public static bool IsLeadingAffix(ReadOnlySpan<char> part) => LeadingAffixes.Contains(part);

    /// <summary>Whether <paramref name="part"/> may close a compound after a form: US-<c>led</c>, Russian-<c>backed</c>, Chinese-<c>made</c>.</summary>
    public static bool IsTrailingParticiple(ReadOnlySpan<char> part) =>
        part.Length > 2 && !char.IsUpper(part[0]) && (part.EndsWith("ed") || TrailingParticiples.Contains(part));

    /// <summary>
    /// What a name or demonym becomes in context: dropped when it is part of a longer name, a language, a
    /// sea or a first name; else a COUNTRY.
    /// </summary>
    public static CountryMatchKind ClassifyNameOrDemonym(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, in CountryMatch match)
    {
        CountryEntry entry = match.Entry;
        if (match.IsPart)
        {
            return CountryMatchKind.Country;
        }
        int before = match.Token - 1, after = match.EndToken;
        if (entry.Has(CountryEntryFlags.PersonName) && IsBesideProperName(text, tokens, before, after))
        {
            return CountryMatchKind.Dropped;
        }
        if (entry.Has(CountryEntryFlags.WordAcronym)
            && (TokenContext.IsAllCapsWord(text, tokens, before) || TokenContext.IsAllCapsWord(text, tokens, after)))
        {
            return CountryMatchKind.Dropped;
        }
        if (entry.Form == CountryForm.Name)
        {
            bool qualified = TokenContext.IsCapitalized(text, tokens, before) && IsFolded(CompassQualifiers, text, tokens, before);
            // "Irlande du Nord", "Chypre du Nord": the name of a state followed by a compass point names a region.
            bool regionOf = TokenContext.Is(text, tokens, after, "du") && IsCompassPoint(text, tokens, after + 1);
            return qualified || regionOf || EndsLongerName(text, tokens, before) ? CountryMatchKind.Dropped : CountryMatchKind.Country;
        }
        // Demonyms. "en russe", "written in Russian.": the language.
        if (TokenContext.Is(text, tokens, before, "en")
            || (TokenContext.Is(text, tokens, before, "in") && (after >= tokens.Length || tokens[after].Kind != TokenKind.Word)))
        {
            return CountryMatchKind.Dropped;
        }
        if (IsFolded(GeographicNouns, text, tokens, before) || IsFolded(GeographicNouns, text, tokens, after))
        {
            return CountryMatchKind.Dropped;
        }
        return CountryMatchKind.Country;
    }

    /// <summary>
    /// What a capital becomes in context: a place after a locative preposition, in a dateline or after a place
    /// noun (<c>à Séoul</c>, <c>in Moscow</c>, <c>WASHINGTON —</c>, <c>près de Kiev</c>); its government otherwise
    /// (<c>Séoul convoque</c>, <c>en soutien à Moscou</c>, <c>Kyiv said</c>); nothing beside another proper name
    /// (<c>Washington Post</c>, <c>George Washington</c>).
    /// </summary>
    public static CountryMatchKind ClassifyCapital(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, in CountryMatch match)
    {
        int before = match.Token - 1, after = match.EndToken;
        if (match.IsPart)
        {
            return CountryMatchKind.Country;
        }
        if (IsBesideProperName(text, tokens, before, after) || EndsLongerName(text, tokens, before))
        {
            return CountryMatchKind.Dropped;
        }
        if (TokenContext.StartsLine(text, tokens, match.Token) && after < tokens.Length
            && tokens[after].Kind is TokenKind.Punctuation or TokenKind.Symbol && text[tokens[after].Start] is ',' or '—' or '–' or '-' or '(' or '|')
        {
            return CountryMatchKind.Place; // a dateline
        }
        // "in Rotterdam and London": the second of two places after one preposition.
        if ((TokenContext.Is(text, tokens, before, "and") || TokenContext.Is(text, tokens, before, "et"))
            && TokenContext.IsCapitalizedMidSentence(text, tokens, before - 1) && IsFolded(LocativePrepositions, text, tokens, before - 2)
            && !TokenContext.Is(text, tokens, before - 2, "a") && !TokenContext.Is(text, tokens, before - 2, "to"))
        {
            return CountryMatchKind.Place;
        }
        if (IsFolded(LocativePrepositions, text, tokens, before))
        {
            bool dative = (TokenContext.Is(text, tokens, before, "a") || TokenContext.Is(text, tokens, before, "to") || TokenContext.Is(text, tokens, before, "from"))
                && HasGovernor(text, tokens, before, DativeGovernors);
            return dative ? CountryMatchKind.Country : CountryMatchKind.Place;
        }
        if (before >= 0 && HasGovernor(text, tokens, before + 1, TravelVerbs, window: 1))
        {
            return CountryMatchKind.Place;
        }
        bool ofPlace = (TokenContext.Is(text, tokens, before, "de") || TokenContext.Is(text, tokens, before, "d'") || TokenContext.Is(text, tokens, before, "of"))
            && IsFolded(PlaceNouns, text, tokens, before - 1);
        return ofPlace ? CountryMatchKind.Place : CountryMatchKind.Country;
    }

    // "George Washington", "Washington Post", "Jordan Bardella": a capitalised word beside it in the same sentence.
    private static bool IsBesideProperName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int before, int after) =>
        (TokenContext.IsCapitalizedMidSentence(text, tokens, before) && !TokenContext.IsSentenceInitial(text, tokens, before + 1))
        || TokenContext.IsCapitalizedMidSentence(text, tokens, after);

    // "Banque de France", "Bank of England", "Accords de Paris", "Gulf of Mexico": after "de"/"of" and a capitalised
    // word inside the sentence that is no title, the form ends the name of something else.
    private static bool EndsLongerName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int before) =>
        (TokenContext.Is(text, tokens, before, "de") || TokenContext.Is(text, tokens, before, "d'") || TokenContext.Is(text, tokens, before, "of"))
        && TokenContext.IsCapitalizedMidSentence(text, tokens, before - 1) && !IsFolded(Titles, text, tokens, before - 1);

    private static bool IsCompassPoint(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        TokenContext.Is(text, tokens, i, "nord") || TokenContext.Is(text, tokens, i, "sud");

    // Whether one of the "window" words before token "at" starts with one of "governors".
    private static bool HasGovernor(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int at, string[] governors, int window = 3)
    {
        Span<char> folded = stackalloc char[PhraseDictionary.MaxKeyLength];
        for (int i = at - 1; i >= 0 && i >= at - window; i--)
        {
            Token token = tokens[i];
            if (token.Kind is TokenKind.Punctuation or TokenKind.QuotationMark || token.Length > folded.Length)
            {
                return false;
            }
            TextFolding.Fold(token.In(text), folded);
            ReadOnlySpan<char> word = folded[..token.Length];
            foreach (string governor in governors)
            {
                if (word.StartsWith(governor, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsFolded(FoldedWordSet set, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        (uint)i < (uint)tokens.Length && set.Contains(tokens[i].In(text));

    private static FoldedWordSet Set(params string[] words) => new(words);
}
