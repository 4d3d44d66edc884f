using System.Buffers;
using System.Collections.Frozen;

namespace NewsExtraction.Quotes;

/// <summary>
/// The French and English words that quote finding and speaker attribution read — auxiliaries, pronouns,
/// determiners, prepositions, role nouns, titles of works, speech verbs — in one frozen table, so that a word costs
/// one lookup. Both languages share it (their entries hardly collide); words compare case-insensitively, with
/// either apostrophe.
/// </summary>
internal static class QuoteLexicon
{
    /// <summary>The role id of a word naming an unnamed source (<c>une source</c>, <c>a witness</c>).</summary>
    public const int SourceRole = 63;

    /// <summary>The role of a noun that describes an organisation (<c>la plateforme</c>, <c>the company</c>).</summary>
    public const int GroupRole = 62;

    // Words that can stand between a subject and its speech verb, or inside the verb group:
    // auxiliaries, negation, clitic pronouns, short adverbs ("il l'a aussi dit", "has also said").
    private static readonly string[] Auxiliaries =
    [
        "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "eut", "ai", "as", "avons", "avez", "eu",
        "est", "sont", "était", "étaient", "sera", "serait", "seront", "fut", "été", "s'", "se", "n'", "ne", "pas",
        "plus", "jamais", "aussi", "déjà", "encore", "également", "ensuite", "enfin", "alors", "notamment", "toutefois",
        "cependant", "pourtant", "bien", "ainsi", "même", "lui", "leur", "l'", "m'", "me", "nous", "vous", "y",
        "récemment", "publiquement", "aussitôt", "souvent", "d'ailleurs", "simplement", "serait", "seraient", "soit",
        "soient", "être", "furent",
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "did", "does", "do", "not", "n't",
        "also", "then", "later", "earlier", "previously", "further", "again", "repeatedly", "already", "once",
        "recently", "reportedly", "publicly", "privately", "separately", "never", "just", "been", "simply", "be", "being",
    ];

    private static readonly string[] BeForms =
    [
        "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent", "été", "être", "soit",
        "soient", "is", "are", "was", "were", "be", "been", "being",
    ];

    private static readonly string[] Reflexives =
    [
        "s'", "se", "me", "m'", "nous", "vous",
    ];

    // The conjunctions that open a reported clause: "a rappelé qu'Antony Blinken…".
    private static readonly string[] AddresseePrepositions = ["à", "au", "aux", "auprès", "to"];

    private static readonly string[] Conjunctions = ["et", "ou", "and", "or"];

    // Nouns for the bodies through which a state speaks: "le gouvernement allemand" is Germany speaking.
    private static readonly string[] Institutions =
    [
        "gouvernement", "exécutif", "présidence", "diplomatie", "autorités", "armée", "administration", "chancellerie",
        "ministère", "government", "executive", "presidency", "diplomacy", "authorities", "army", "military",
        "ministry", "officials", "leadership", "cabinet",
    ];

    private static readonly string[] RelativePronouns = ["qui", "who"];

    // "dit celui qui est aussi député": the person the text is about, described by a relative clause.
    private static readonly string[] Demonstratives = ["celui", "celle", "one"];

    private static readonly string[] Honorifics =
    [
        "m.", "mme", "mmes", "mm.", "mlle", "me", "dr", "pr",
        "mr", "mrs", "ms", "dr.", "mr.", "mrs.", "ms.", "sir", "lord", "lady", "dame",
    ];

    private static readonly string[] Subordinators =
    [
        "que", "qu'", "that",
    ];

    // The auxiliaries a quote can open with when it goes on the sentence before it ("Le NIS « a détecté… »").
    private static readonly string[] FiniteAuxiliaries =
    [
        "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "était", "étaient", "has", "have", "had",
    ];

    private static readonly (string Word, PronounKind Kind)[] SubjectPronouns =
    [
        ("il", PronounKind.PersonOrGroup), ("elle", PronounKind.PersonOrGroup), ("ils", PronounKind.Plural),
        ("elles", PronounKind.Plural), ("he", PronounKind.Person), ("she", PronounKind.Person),
        ("it", PronounKind.Group), ("they", PronounKind.Plural),
    ];

    // After "selon", "d'après", "according to".
    private static readonly (string Word, PronounKind Kind)[] ObjectPronouns =
    [
        ("lui", PronounKind.PersonOrGroup), ("elle", PronounKind.PersonOrGroup), ("eux", PronounKind.Plural),
        ("elles", PronounKind.Plural), ("him", PronounKind.Person), ("her", PronounKind.Person),
        ("it", PronounKind.Group), ("them", PronounKind.Plural),
    ];

    private static readonly string[] DefiniteDeterminers =
    [
        "le", "la", "l'", "les", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre",
        "the", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    ];

    private static readonly string[] IndefiniteDeterminers =
    [
        "un", "une", "des", "plusieurs", "certains", "certaines", "quelques", "a", "an", "some", "several", "one", "two",
    ];

    private static readonly string[] Prepositions =
    [
        "de", "d'", "du", "des", "à", "au", "aux", "avec", "par", "pour", "contre", "chez", "sur", "sous", "entre",
        "vers", "en", "dans", "après", "avant", "depuis", "sans", "auprès",
        "of", "to", "with", "by", "for", "against", "from", "at", "on", "in", "into", "about", "between", "after",
        "before", "since", "without", "over", "under",
    ];

    // Words that open a new clause: a speech verb beyond one belongs to another statement.
    private static readonly string[] ClauseStarters =
    [
        "que", "qu'", "qui", "mais", "car", "lorsque", "lorsqu'", "quand", "tandis", "puisque", "puisqu'", "si", "où",
        "dont", "that", "which", "who", "but", "because", "when", "while", "whereas", "although", "though", "if", "where",
    ];

    // Nouns for people by role; synonyms and both languages share an id, so that "le ministre" finds the person
    // introduced as "minister".
    private static readonly string[][] Roles =
    [
        ["président", "présidente", "president", "chairman", "chairwoman"],
        ["vice-président", "vice-présidente", "vice-president"],
        ["ministre", "minister"],
        ["vice-ministre", "vice-minister"],
        ["secrétaire", "secretary", "secretary-general", "secrétaire-général"],
        ["porte-parole", "spokesman", "spokeswoman", "spokesperson"],
        ["ambassadeur", "ambassadrice", "ambassador"],
        ["envoyé", "envoyée", "émissaire", "envoy", "emissary"],
        ["chef", "cheffe", "dirigeant", "dirigeante", "leader", "chief", "head", "patron", "patronne", "boss"],
        ["directeur", "directrice", "director"],
        ["entraîneur", "entraîneuse", "sélectionneur", "sélectionneuse", "gérant", "gérante", "manager", "coach"],
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
        ["premier-ministre", "prime"],
    ];

    private static readonly string[] SourceNouns =
    [
        "source", "sources", "témoin", "témoins", "witness", "witnesses", "observateur", "observateurs", "observer", "observers",
    ];

    // Nouns that describe an organisation: "a écrit la plateforme", "the company said".
    private static readonly string[] GroupNouns =
    [
        "organisation", "entreprise", "société", "groupe", "compagnie", "firme", "plateforme", "manufacture",
        "fabricant", "constructeur", "agence", "association", "fédération", "syndicat", "banque", "assureur", "chaîne",
        "organization", "company", "firm", "group", "platform", "manufacturer", "maker", "carrier", "airline",
        "agency", "association", "federation", "union", "bank", "insurer", "broadcaster", "charity", "watchdog",
    ];

    // A quoted capitalised text right after one of these is the name of a work or an operation, not speech.
    private static readonly string[] TitleWords =
    [
        "livre", "roman", "film", "série", "émission", "album", "chanson", "titre", "pièce", "journal", "quotidien",
        "hebdomadaire", "magazine", "revue", "opération", "programme", "documentaire", "podcast", "exposition",
        "spectacle", "festival", "slogan", "hashtag", "mot-dièse", "rubrique", "chronique", "ouvrage", "essai", "œuvre",
        "jeu", "application", "projet", "plan", "surnom", "intitulé", "intitulée", "intitulés", "intitulées", "baptisé",
        "baptisée", "baptisés", "baptisées", "nommé", "nommée", "surnommé", "surnommée", "dénommé", "dénommée",
        "book", "novel", "movie", "series", "show", "program", "song", "title", "play", "newspaper", "operation",
        "documentary", "exhibition", "column", "essay", "painting", "game", "app", "project", "nickname", "titled",
        "entitled", "named", "dubbed", "nicknamed", "called", "label", "brand", "marque",
    ];

    /// <summary>Adverbial phrases set inside a verb group (<c>a de son côté déclaré</c>, <c>has, for his part, said</c>), word by word.</summary>
    public static readonly string[][] InsertedPhrases =
    [
        ["de", "son", "côté"], ["de", "leur", "côté"], ["pour", "sa", "part"], ["pour", "leur", "part"], ["quant", "à", "lui"],
        ["quant", "à", "elle"], ["à", "son", "tour"], ["à", "leur", "tour"],
        ["for", "his", "part"], ["for", "her", "part"], ["for", "its", "part"], ["for", "their", "part"], ["in", "turn"],
    ];

    // Nouns whose name or grade follows in marks when no cue introduces it: "la loi « anticasseurs »", "sous
    // l'appellation « matériel de guerre »", "the designation "enemy combatant"". Terms and phrases are left out:
    // "the term "X"" reports someone's words.
    private static readonly string[] NamingNouns =
    [
        "loi", "appellation", "dénomination", "label", "mention", "vigilance", "alerte", "niveau", "classement", "catégorie",
        "statut", "code", "opération",
        "designation", "alert", "level", "rating", "category", "status", "classification", "law", "bill", "act",
    ];

    // Distancing words: the quoted word is the writer's irony, nobody's speech.
    private static readonly string[] ScareMarkers =
    [
        "so-called", "soi-disant", "prétendu", "prétendue", "prétendus", "prétendues", "pseudo", "supposé", "supposée",
        "supposés", "supposées", "self-styled", "autoproclamé", "autoproclamée",
    ];

    private static readonly WordInfo Unknown = new() { Role = -1 };

    private static readonly FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> Table = Build();

    private const int LongestWord = 32;

    /// <summary>Everything the lists say about <paramref name="word"/>.</summary>
    public static WordInfo Lookup(ReadOnlySpan<char> word)
    {
        // The table is keyed in lower case and compared ordinally, which hashes much faster than ignoring case;
        // the few capitalised words (sentence starts) are lowered into a stack buffer first.
        if (word.Length > LongestWord || IsAcronym(word))
        {
            return Unknown; // "UN" is not "un"
        }
        if (!HasUpper(word))
        {
            return Table.TryGetValue(word, out WordInfo info) ? info : Unknown;
        }
        Span<char> lower = stackalloc char[LongestWord];
        int length = word.ToLowerInvariant(lower);
        return Table.TryGetValue(lower[..length], out WordInfo lowered) ? lowered : Unknown;
    }

    // The plural endings of nouns and adjectives, French and English: "gilets jaunes", "chevaux", "vests".
    private static readonly SearchValues<char> PluralEndings = SearchValues.Create("sxSX");

    /// <summary>The word without a plural ending (<c>gilets</c> → <c>gilet</c>); words of three letters or fewer unchanged.</summary>
    public static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word) =>
        word.Length > 3 && PluralEndings.Contains(word[^1]) ? word[..^1] : word;

    private static bool IsAcronym(ReadOnlySpan<char> word) =>
        word.Length > 1 && char.IsUpper(word[0]) && char.IsUpper(word[1]) && !word.ContainsAnyInRange('a', 'z');

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsAsciiLetterUpper(c) || (c >= '\u00C0' && char.IsUpper(c)))
            {
                return true;
            }
        }
        return false;
    }

    private static FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var table = new Dictionary<string, WordInfo>(StringComparer.Ordinal);
        void Update(string word, Func<WordInfo, WordInfo> change)
        {
            foreach (string spelling in Spellings(word.ToLowerInvariant()))
            {
                table[spelling] = change(table.TryGetValue(spelling, out WordInfo info) ? info : Unknown);
            }
        }
        foreach ((string[] words, WordTraits traits) in new[]
        {
            (Auxiliaries, WordTraits.Auxiliary), (FiniteAuxiliaries, WordTraits.FiniteAuxiliary), (BeForms, WordTraits.BeForm),
            (Reflexives, WordTraits.Reflexive), (DefiniteDeterminers, WordTraits.DefiniteDeterminer),
            (IndefiniteDeterminers, WordTraits.IndefiniteDeterminer), (Prepositions, WordTraits.Preposition),
            (AddresseePrepositions, WordTraits.AddresseePreposition), (ClauseStarters, WordTraits.ClauseStarter),
            (Subordinators, WordTraits.Subordinator), (Conjunctions, WordTraits.Conjunction), (TitleWords, WordTraits.TitleWord),
            (ScareMarkers, WordTraits.ScareMarker), (Institutions, WordTraits.Institution),
            (RelativePronouns, WordTraits.RelativePronoun), (Honorifics, WordTraits.Honorific), (NamingNouns, WordTraits.NamingNoun),
            (Demonstratives, WordTraits.Demonstrative),
        })
        {
            foreach (string word in words)
            {
                Update(word, info => info with { Traits = info.Traits | traits });
            }
        }
        foreach ((string word, PronounKind kind) in SubjectPronouns)
        {
            Update(word, info => info with { SubjectPronoun = kind });
        }
        foreach ((string word, PronounKind kind) in ObjectPronouns)
        {
            Update(word, info => info with { ObjectPronoun = kind });
        }
        for (int id = 0; id < Roles.Length; id++)
        {
            sbyte role = (sbyte)id;
            foreach (string word in Roles[id])
            {
                Update(word, info => info with { Role = role });
            }
        }
        foreach (string word in SourceNouns)
        {
            Update(word, info => info with { Role = SourceRole });
        }
        foreach (string word in GroupNouns)
        {
            Update(word, info => info with { Role = GroupRole });
        }
        foreach ((string word, SpeechVerbs.CueWord cue) in SpeechVerbs.CueWords())
        {
            Update(word, info => info with { Cue = cue });
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Scraped text uses the typographic apostrophe as often as the straight one.
    private static IEnumerable<string> Spellings(string word)
    {
        yield return word;
        if (word.Contains('\''))
        {
            yield return word.Replace('\'', '’');
        }
    }
}
