using System.Collections.Frozen;
using NewsExtraction.Text;

namespace NewsExtraction.Quotes;

/// <summary>
/// Verbs that report speech, in every tense and person, French and English (<c>déclare</c>, <c>a-t-il ajouté</c>,
/// <c>souligne</c>, <c>said</c>, <c>told</c>), as frozen sets built once from lemma lists: regular verbs are
/// conjugated by rule, irregular ones are listed form by form.
/// </summary>
internal static class SpeechVerbs
{
    // First-group verbs (-er), conjugated by rule. A second stem covers the "rappelle", "martèle", "considère" forms.
    private static readonly string[] FrenchErVerbs =
    [
        "déclarer", "affirmer", "ajouter", "annoncer", "assurer", "souligner", "expliquer", "indiquer", "estimer",
        "préciser", "confier", "raconter", "insister", "marteler", "rappeler", "lancer", "juger", "exprimer",
        "dénoncer", "déplorer", "regretter", "qualifier", "considérer", "noter", "observer", "relever", "signaler",
        "révéler", "confirmer", "nier", "réfuter", "contester", "critiquer", "fustiger", "condamner", "saluer",
        "féliciter", "avouer", "concéder", "glisser", "souffler", "murmurer", "crier", "écrier", "exclamer",
        "évoquer", "mentionner", "commenter", "résumer", "argumenter", "arguer", "clamer", "proclamer", "menacer",
        "jurer", "répliquer", "rétorquer", "informer", "avancer", "plaider", "témoigner", "protester", "accuser",
        "demander", "exiger", "exhorter", "appeler", "implorer", "supplier", "réclamer", "prôner", "recommander",
        "conseiller", "pronostiquer", "tweeter", "répéter", "réitérer", "réaffirmer", "certifier", "détailler",
        "enchaîner", "interroger", "questionner", "espérer", "souhaiter", "inquiéter", "alarmer", "alerter",
        "lâcher", "trancher", "analyser", "ironiser", "indigner", "rassurer", "constater", "remarquer", "penser",
        "soupirer", "nuancer", "révolter", "insurger", "inciter",
    ];

    private static readonly (string Lemma, string Stem)[] FrenchErSecondStems =
    [
        ("rappeler", "rappell"), ("appeler", "appell"), ("marteler", "martèl"), ("considérer", "considèr"),
        ("répéter", "répèt"), ("espérer", "espèr"), ("réitérer", "réitèr"), ("inquiéter", "inquièt"),
        ("relever", "relèv"), ("concéder", "concèd"), ("révéler", "révèl"),
    ];

    // Second-group verbs (-ir with -iss-).
    private static readonly string[] FrenchIrVerbs = ["avertir", "réagir", "renchérir", "garantir", "réjouir", "applaudir"];

    // Third-group verbs in -dre conjugated like "répondre".
    private static readonly string[] FrenchDreVerbs = ["répondre", "défendre", "prétendre"];

    private static readonly string[] FrenchIrregularForms =
    [
        // dire, redire, prédire
        "dire", "dis", "dit", "dite", "dits", "dites", "disons", "disent", "disais", "disait", "disions", "disiez",
        "disaient", "dîmes", "dîtes", "dirent", "dirai", "diras", "dira", "dirons", "direz", "diront", "dirais",
        "dirait", "dirions", "diriez", "diraient", "dise", "dises", "disant",
        "redire", "redit", "redite", "redisent", "redisait", "redira", "redirait", "redisant",
        "prédire", "prédit", "prédite", "prédisent", "prédisait", "prédira", "prédirait", "prédisant",
        // prévenir, soutenir, maintenir
        "prévenir", "préviens", "prévient", "prévenons", "prévenez", "préviennent", "prévenais", "prévenait",
        "prévenaient", "prévint", "prévinrent", "préviendra", "préviendront", "préviendrait", "préviendraient",
        "prévenu", "prévenue", "prévenus", "prévenues", "prévenant",
        "soutenir", "soutiens", "soutient", "soutenons", "soutenez", "soutiennent", "soutenait", "soutenaient",
        "soutint", "soutiendra", "soutiendrait", "soutenu", "soutenue", "soutenus", "soutenant",
        "maintenir", "maintient", "maintiennent", "maintenait", "maintenaient", "maintint", "maintiendra",
        "maintiendrait", "maintenu", "maintenue", "maintenant",
        // écrire, décrire
        "écrire", "écris", "écrit", "écrite", "écrits", "écrivons", "écrivez", "écrivent", "écrivait", "écrivaient",
        "écrivit", "écrira", "écrirait", "écrivant",
        "décrire", "décrit", "décrite", "décrivent", "décrivait", "décrira", "décrirait", "décrivant",
        // reconnaître, admettre, promettre
        "reconnaître", "reconnais", "reconnaît", "reconnait", "reconnaissons", "reconnaissent", "reconnaissait",
        "reconnaissaient", "reconnut", "reconnaîtra", "reconnaîtrait", "reconnu", "reconnue", "reconnaissant",
        "admettre", "admets", "admet", "admettons", "admettent", "admettait", "admettaient", "admit", "admettra",
        "admettrait", "admis", "admise", "admettant",
        "promets", "promet", "promettons", "promettent", "promettait", "promettaient", "promit", "promettra",
        "promettrait", "promis", "promise", "promettant",
        // poursuivre, conclure, démentir, croire
        "poursuivre", "poursuis", "poursuit", "poursuivent", "poursuivait", "poursuivi", "poursuivant", "poursuivra",
        "conclure", "conclus", "conclut", "concluent", "concluait", "conclu", "concluant", "conclura", "conclurait",
        "démentir", "dément", "démentent", "démentait", "démenti", "démentie", "démentant",
        "croire", "crois", "croit", "croient", "croyait", "croyaient", "cru", "croyant",
    ];

    private static readonly string[] EnglishRegularVerbs =
    [
        "add", "state", "announce", "declare", "warn", "note", "explain", "insist", "argue", "claim", "tweet",
        "stress", "emphasise", "emphasize", "acknowledge", "confirm", "reply", "respond", "ask", "urge", "describe",
        "suggest", "predict", "promise", "vow", "pledge", "caution", "remark", "comment", "observe", "recall",
        "conclude", "reiterate", "repeat", "testify", "complain", "concede", "contend", "maintain", "assert",
        "affirm", "allege", "boast", "proclaim", "shout", "whisper", "joke", "demand", "signal", "hint",
        "reveal", "disclose", "indicate", "underline", "underscore", "highlight", "mention", "retort", "lament",
        "exclaim", "recount", "answer", "continue", "accuse", "criticise", "criticize", "condemn", "denounce",
        "praise", "call", "believe", "estimate", "deny", "reassure", "plead", "dismiss", "assure",
    ];

    private static readonly string[] EnglishIrregularForms =
    [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "written",
        "writing", "speak", "speaks", "spoke", "spoken", "speaking", "think", "thinks", "thought", "admit", "admits",
        "admitted", "admitting", "quip", "quips", "quipped", "quipping", "pled", "regret", "regrets", "regretted",
        "regretting",
    ];

    // Words that name the source when they open the sentence: "Pour Stéphane Siret, « … »", "For Smith, "…"".
    private static readonly string[] OpeningSourceMarkers = ["pour", "for"];

    // Verbs that report speech only with their particle: "fait part", "met en garde", "pointed out".
    private static readonly string[] FaireForms =
        ["fait", "font", "faisait", "faisaient", "fera", "feront", "ferait", "feraient", "fit", "firent", "faisant", "faire"];

    private static readonly string[] MettreForms =
        ["met", "mettent", "mettait", "mettaient", "mettra", "mettrait", "mit", "mirent", "mis", "mise", "mettant", "mettre"];

    private static readonly string[] PointForms = ["point", "points", "pointed", "pointing"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FaireParticles =
        new[] { "part", "savoir", "valoir", "remarquer", "observer" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every French form.</summary>
    public static FrozenSet<string> French { get; } = BuildFrench();

    /// <summary>Every English form.</summary>
    public static FrozenSet<string> English { get; } = BuildEnglish();

    /// <summary>What a word can open.</summary>
    public enum CueWord : byte
    {
        /// <summary>Nothing.</summary>
        None,

        /// <summary>A speech verb.</summary>
        Verb,

        /// <summary>A form of <c>faire</c>: a cue before <c>part</c>, <c>savoir</c>….</summary>
        Faire,

        /// <summary>A form of <c>mettre</c>: a cue before <c>en garde</c>.</summary>
        Mettre,

        /// <summary>A form of <c>point</c>: a cue before <c>out</c>.</summary>
        Point,

        /// <summary><c>selon</c>: the source follows.</summary>
        Selon,

        /// <summary><c>according</c>: with <c>to</c>, the source follows.</summary>
        According,

        /// <summary><c>pour</c>, <c>for</c> opening a sentence: the source follows (<c>Pour X, « … »</c>).</summary>
        OpeningSource,
    }

    /// <summary>
    /// How many words after a verb of <paramref name="kind"/> complete a speech phrase (<c>fait part</c> 1,
    /// <c>met en garde</c> 2, <c>pointed out</c> 1); 0 when they do not.
    /// </summary>
    public static int PhraseParticleCount(CueWord kind, ReadOnlySpan<char> next, ReadOnlySpan<char> afterNext) => kind switch
    {
        CueWord.Faire => FaireParticles.Contains(next) ? 1 : 0,
        CueWord.Mettre => next.Equals("en", StringComparison.OrdinalIgnoreCase) && afterNext.Equals("garde", StringComparison.OrdinalIgnoreCase) ? 2 : 0,
        CueWord.Point => next.Equals("out", StringComparison.OrdinalIgnoreCase) ? 1 : 0,
        _ => 0,
    };

    /// <summary>Whether a word is the elided <c>d'</c> of <c>d'après</c>.</summary>
    public static bool IsElidedDe(ReadOnlySpan<char> word) => word.Length == 2 && (word[0] | 0x20) == 'd' && Tokenizer.IsApostrophe(word[1]);

    /// <summary>
    /// Every word that can open a cue, with what it opens: the speech verbs of both languages, the light verbs of
    /// phrases (a form that is both takes the phrase reading), <c>selon</c> and <c>according</c>.
    /// </summary>
    public static IEnumerable<(string Word, CueWord Cue)> CueWords()
    {
        foreach (string form in French.Concat(English).Except(FaireForms.Concat(MettreForms).Concat(PointForms), StringComparer.OrdinalIgnoreCase))
        {
            yield return (form, CueWord.Verb);
        }
        foreach (string form in FaireForms)
        {
            yield return (form, CueWord.Faire);
        }
        foreach (string form in MettreForms)
        {
            yield return (form, CueWord.Mettre);
        }
        foreach (string form in PointForms)
        {
            yield return (form, CueWord.Point);
        }
        yield return ("selon", CueWord.Selon);
        yield return ("according", CueWord.According);
        foreach (string word in OpeningSourceMarkers)
        {
            yield return (word, CueWord.OpeningSource);
        }
    }

    private static FrozenSet<string> BuildFrench()
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string lemma in FrenchErVerbs)
        {
            AddFrenchEr(forms, lemma[..^2]);
        }
        foreach ((string _, string stem) in FrenchErSecondStems)
        {
            foreach (string ending in (ReadOnlySpan<string>)["e", "es", "ent", "erai", "eras", "era", "erons", "erez", "eront", "erais", "erait", "eraient"])
            {
                forms.Add(stem + ending);
            }
        }
        foreach (string lemma in FrenchIrVerbs)
        {
            string stem = lemma[..^2];
            foreach (string ending in (ReadOnlySpan<string>)["ir", "is", "it", "issons", "issez", "issent", "issais", "issait", "issions", "issiez", "issaient", "îmes", "îtes", "irent", "irai", "iras", "ira", "irons", "irez", "iront", "irais", "irait", "irions", "iriez", "iraient", "i", "ie", "ies", "issant"])
            {
                forms.Add(stem + ending);
            }
        }
        foreach (string lemma in FrenchDreVerbs)
        {
            string stem = lemma[..^2];
            foreach (string ending in (ReadOnlySpan<string>)["re", "s", "", "ons", "ez", "ent", "ais", "ait", "ions", "iez", "aient", "is", "it", "îmes", "îtes", "irent", "rai", "ras", "ra", "rons", "rez", "ront", "rais", "rait", "raient", "u", "ue", "us", "ues", "ant"])
            {
                forms.Add(stem + ending);
            }
        }
        forms.UnionWith(FrenchIrregularForms);
        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    // Present, imperfect, simple past, future, conditional, subjunctive, participles, infinitive.
    // "annonç-ait", "jugeait": c and g keep their sound before a and o.
    private static void AddFrenchEr(HashSet<string> forms, string stem)
    {
        string soft = stem.EndsWith('c') ? stem[..^1] + "ç" : stem.EndsWith('g') ? stem + "e" : stem;
        foreach (string ending in (ReadOnlySpan<string>)["er", "e", "es", "ent", "ez", "é", "ée", "és", "ées", "èrent", "erai", "eras", "era", "erons", "erez", "eront", "erais", "erait", "erions", "eriez", "eraient", "iez", "ions"])
        {
            forms.Add(stem + ending);
        }
        foreach (string ending in (ReadOnlySpan<string>)["ons", "ais", "ait", "aient", "ai", "as", "a", "âmes", "âtes", "ant"])
        {
            forms.Add(soft + ending);
        }
    }

    private static FrozenSet<string> BuildEnglish()
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string verb in EnglishRegularVerbs)
        {
            forms.Add(verb);
            char last = verb[^1];
            bool consonantY = last == 'y' && verb.Length > 1 && !"aeiou".Contains(verb[^2]);
            if (consonantY)
            {
                string stem = verb[..^1];
                forms.Add(stem + "ies");
                forms.Add(stem + "ied");
                forms.Add(verb + "ing");
                continue;
            }
            forms.Add(verb.EndsWith('s') || verb.EndsWith("sh") || verb.EndsWith("ch") || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith('o')
                ? verb + "es" : verb + "s");
            forms.Add(last == 'e' ? verb + "d" : verb + "ed");
            forms.Add(last == 'e' && !verb.EndsWith("ee") ? verb[..^1] + "ing" : verb + "ing");
        }
        forms.UnionWith(EnglishIrregularForms);
        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
