using System.Collections.Frozen;

namespace NewsExtraction.Quotes;

/// <summary>
/// The small French and English word lists that quote finding and speaker attribution read: auxiliaries, pronouns,
/// determiners, prepositions, role nouns, titles of works. One table for both languages (their entries hardly
/// collide), compared case-insensitively, with either apostrophe.
/// </summary>
internal static class QuoteLexicon
{
    /// <summary>The role id of a word naming an unnamed source (<c>une source</c>, <c>a witness</c>).</summary>
    public const int SourceRole = 63;

    // Words that can stand between a subject and its speech verb, or inside the verb group:
    // auxiliaries, negation, clitic pronouns, short adverbs ("il l'a aussi dit", "has also said").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "eut", "ai", "as", "avons", "avez", "eu",
        "est", "sont", "était", "étaient", "sera", "serait", "seront", "fut", "été", "s'", "se", "n'", "ne", "pas",
        "plus", "jamais", "aussi", "déjà", "encore", "également", "ensuite", "enfin", "alors", "notamment", "toutefois",
        "cependant", "pourtant", "bien", "ainsi", "même", "lui", "leur", "l'", "m'", "me", "nous", "vous", "y",
        "récemment", "publiquement", "aussitôt", "souvent", "d'ailleurs", "simplement", "serait", "seraient", "soit",
        "soient", "être", "furent",
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "did", "does", "do", "not", "n't",
        "also", "then", "later", "earlier", "previously", "further", "again", "repeatedly", "already", "once",
        "recently", "reportedly", "publicly", "privately", "separately", "never", "just", "been", "simply", "be", "being");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeForms = Set(
        "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent", "été", "être", "soit",
        "soient", "is", "are", "was", "were", "be", "been", "being");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Reflexives = Set("s'", "se", "me", "m'", "nous", "vous");

    // The conjunctions that open a reported clause: "a rappelé qu'Antony Blinken…".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators = Set("que", "qu'", "that");

    // The auxiliaries a quote can open with when it goes on the sentence before it ("Le NIS « a détecté… »").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FiniteAuxiliaries = Set(
        "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "était", "étaient", "has", "have", "had");

    private static readonly FrozenDictionary<string, PronounKind>.AlternateLookup<ReadOnlySpan<char>> SubjectPronouns = Map(
        ("il", PronounKind.PersonOrGroup), ("elle", PronounKind.PersonOrGroup), ("ils", PronounKind.Plural),
        ("elles", PronounKind.Plural), ("he", PronounKind.Person), ("she", PronounKind.Person),
        ("it", PronounKind.Group), ("they", PronounKind.Plural));

    // After "selon", "d'après", "according to".
    private static readonly FrozenDictionary<string, PronounKind>.AlternateLookup<ReadOnlySpan<char>> ObjectPronouns = Map(
        ("lui", PronounKind.PersonOrGroup), ("elle", PronounKind.PersonOrGroup), ("eux", PronounKind.Plural),
        ("elles", PronounKind.Plural), ("him", PronounKind.Person), ("her", PronounKind.Person),
        ("it", PronounKind.Group), ("them", PronounKind.Plural));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives = Set(
        "qui", "lequel", "laquelle", "lesquels", "lesquelles", "who", "which", "that");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DefiniteDeterminers = Set(
        "le", "la", "l'", "les", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre",
        "the", "this", "that", "these", "those", "its", "his", "her", "their", "our");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IndefiniteDeterminers = Set(
        "un", "une", "des", "plusieurs", "certains", "certaines", "quelques", "a", "an", "some", "several", "one", "two");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = Set(
        "de", "d'", "du", "des", "à", "au", "aux", "avec", "par", "pour", "contre", "chez", "sur", "sous", "entre",
        "vers", "en", "dans", "après", "avant", "depuis", "sans", "auprès",
        "of", "to", "with", "by", "for", "against", "from", "at", "on", "in", "into", "about", "between", "after",
        "before", "since", "without", "over", "under");

    // Words that open a new clause: a speech verb beyond one belongs to another statement.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseStarters = Set(
        "que", "qu'", "qui", "mais", "car", "lorsque", "lorsqu'", "quand", "tandis", "puisque", "puisqu'", "si", "où",
        "dont", "that", "which", "who", "but", "because", "when", "while", "whereas", "although", "though", "if", "where");

    // Nouns for people by role; synonyms and both languages share an id, so that "le ministre" finds the person
    // introduced as "minister".
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Roles = BuildRoles(
        ["président", "présidente", "president", "chairman", "chairwoman"],
        ["vice-président", "vice-présidente", "vice-president"],
        ["ministre", "minister", "premier"],
        ["vice-ministre", "vice-minister"],
        ["secrétaire", "secretary", "secretary-general", "secrétaire-général"],
        ["porte-parole", "spokesman", "spokeswoman", "spokesperson"],
        ["ambassadeur", "ambassadrice", "ambassador"],
        ["envoyé", "envoyée", "émissaire", "envoy", "emissary"],
        ["chef", "cheffe", "dirigeant", "dirigeante", "leader", "chief", "head", "patron", "patronne", "boss"],
        ["directeur", "directrice", "director"],
        ["chancelier", "chancelière", "chancellor"],
        ["roi", "reine", "king", "queen", "prince", "princesse", "princess", "émir", "emir", "sultan"],
        ["sénateur", "sénatrice", "senator"],
        ["député", "députée", "parlementaire", "lawmaker", "legislator", "congressman", "congresswoman"],
        ["maire", "mayor"],
        ["gouverneur", "gouverneure", "governor"],
        ["commandant", "commandante", "commander", "colonel", "amiral", "admiral", "officier", "officer"],
        ["responsable", "official", "fonctionnaire"],
        ["expert", "experte", "analyste", "analyst", "chercheur", "chercheuse", "researcher", "spécialiste",
            "specialist", "économiste", "economist", "politologue", "scientist", "scientifique"],
        ["professeur", "professeure", "professor"],
        ["procureur", "procureure", "prosecutor"],
        ["juge", "judge"],
        ["avocat", "avocate", "lawyer", "attorney"],
        ["pdg", "ceo"],
        ["fondateur", "fondatrice", "founder"],
        ["candidat", "candidate"],
        ["homologue", "counterpart"],
        ["conseiller", "conseillère", "adviser", "advisor"],
        ["diplomate", "diplomat"],
        ["commissaire", "commissioner"],
        ["négociateur", "négociatrice", "negotiator"],
        ["pape", "pope"],
        ["premier-ministre", "prime"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SourceNouns = Set(
        "source", "sources", "témoin", "témoins", "witness", "witnesses", "observateur", "observateurs", "observer", "observers");

    // A quoted capitalised text right after one of these is the name of a work or an operation, not speech.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWords = Set(
        "livre", "roman", "film", "série", "émission", "album", "chanson", "titre", "pièce", "journal", "quotidien",
        "hebdomadaire", "magazine", "revue", "opération", "programme", "documentaire", "podcast", "exposition",
        "spectacle", "festival", "slogan", "hashtag", "mot-dièse", "rubrique", "chronique", "ouvrage", "essai", "œuvre",
        "jeu", "application", "projet", "plan", "surnom", "intitulé", "intitulée", "intitulés", "intitulées", "baptisé",
        "baptisée", "baptisés", "baptisées", "nommé", "nommée", "surnommé", "surnommée", "dénommé", "dénommée",
        "book", "novel", "movie", "series", "show", "program", "song", "title", "play", "newspaper", "operation",
        "documentary", "exhibition", "column", "essay", "painting", "game", "app", "project", "nickname", "titled",
        "entitled", "named", "dubbed", "nicknamed", "called", "label", "brand", "marque");

    // Distancing words: the quoted word is the writer's irony, nobody's speech.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScareMarkers = Set(
        "so-called", "soi-disant", "prétendu", "prétendue", "prétendus", "prétendues", "pseudo", "supposé", "supposée",
        "supposés", "supposées", "self-styled", "autoproclamé", "autoproclamée");

    public static bool IsAuxiliary(ReadOnlySpan<char> word) => Auxiliaries.Contains(word);

    public static bool IsBeForm(ReadOnlySpan<char> word) => BeForms.Contains(word);

    public static bool IsReflexive(ReadOnlySpan<char> word) => Reflexives.Contains(word);

    public static bool IsSubordinator(ReadOnlySpan<char> word) => Subordinators.Contains(word);

    public static bool IsFiniteAuxiliary(ReadOnlySpan<char> word) => FiniteAuxiliaries.Contains(word);

    public static PronounKind SubjectPronoun(ReadOnlySpan<char> word) =>
        SubjectPronouns.TryGetValue(word, out PronounKind kind) ? kind : PronounKind.None;

    public static PronounKind ObjectPronoun(ReadOnlySpan<char> word) =>
        ObjectPronouns.TryGetValue(word, out PronounKind kind) ? kind : PronounKind.None;

    public static bool IsRelative(ReadOnlySpan<char> word) => Relatives.Contains(word);

    public static bool IsDefiniteDeterminer(ReadOnlySpan<char> word) => DefiniteDeterminers.Contains(word);

    public static bool IsIndefiniteDeterminer(ReadOnlySpan<char> word) => IndefiniteDeterminers.Contains(word);

    public static bool IsPreposition(ReadOnlySpan<char> word) => Prepositions.Contains(word);

    public static bool IsClauseStarter(ReadOnlySpan<char> word) => ClauseStarters.Contains(word);

    /// <summary>The role id (0–63) of a noun for a person by role, <see cref="SourceRole"/> for an unnamed source, or -1.</summary>
    public static int Role(ReadOnlySpan<char> word) =>
        Roles.TryGetValue(word, out int role) ? role : SourceNouns.Contains(word) ? SourceRole : -1;

    public static bool IsTitleWord(ReadOnlySpan<char> word) => TitleWords.Contains(word);

    public static bool IsScareMarker(ReadOnlySpan<char> word) => ScareMarkers.Contains(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        WithBothApostrophes(words).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, PronounKind>.AlternateLookup<ReadOnlySpan<char>> Map(params (string Word, PronounKind Kind)[] entries) =>
        entries.ToFrozenDictionary(e => e.Word, e => e.Kind, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BuildRoles(params string[][] synonyms)
    {
        var roles = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int id = 0; id < synonyms.Length; id++)
        {
            foreach (string word in synonyms[id])
            {
                roles[word] = id;
            }
        }
        return roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Scraped text uses the typographic apostrophe as often as the straight one.
    private static IEnumerable<string> WithBothApostrophes(string[] words)
    {
        foreach (string word in words)
        {
            yield return word;
            if (word.Contains('\''))
            {
                yield return word.Replace('\'', '’');
            }
        }
    }
}
