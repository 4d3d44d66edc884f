using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Quotes;

/// <summary>
/// The cues of reported speech at a token: a speech verb with its auxiliaries and inverted pronoun (<c>a-t-il
/// ajouté</c>, <c>has said</c>), a verb phrase (<c>fait part</c>), a source marker (<c>selon</c>, <c>according to</c>), and
/// whether the verb reports anybody's words (not a passive, not a noun after a determiner).
/// </summary>
internal static class SpeechCueMatcher
{
    // "indiquant", "avant d'affirmer", "saying", "to add": the subject is the main clause's.
    internal static bool IsNonFinite(in AttributionContext context, int start, int last)
    {
        ReadOnlySpan<char> verb = context.Word(last);
        return verb.EndsWith("ant", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || (start > 0 && (context.Info(start - 1).Is(WordTraits.Preposition) || context.Word(start - 1).Equals("afin", StringComparison.OrdinalIgnoreCase)));
    }

    // "seraient considérés", "was told": a passive participle reports nobody's words ("s'est défendue" is active).
    internal static bool IsPassive(in AttributionContext context, int start, int verb)
    {
        bool be = false;
        for (int k = start; k < verb; k++)
        {
            WordInfo word = context.Info(k);
            if (word.Is(WordTraits.Reflexive))
            {
                return false;
            }
            be |= word.Is(WordTraits.BeForm);
        }
        return be;
    }

    // A speech verb (with its inverted pronoun, "ajoute-t-il"), a verb phrase ("fait part"), or a source marker
    // ("selon", "d'après", "according to"). One table lookup per word.
    internal static CueKind MatchCue(in AttributionContext context, int j, int limit, out int last)
    {
        last = j;
        Token token = context.Tokens[j];
        if (token.Kind == TokenKind.Elision)
        {
            bool dApres = j + 1 < limit && SpeechVerbs.IsElidedDe(context.Word(j)) && context.Word(j + 1).Equals("après", StringComparison.OrdinalIgnoreCase);
            last = dApres ? j + 1 : j;
            return dApres ? CueKind.Source : CueKind.None;
        }
        if (token.Kind != TokenKind.Word || token.Length < 2)
        {
            return CueKind.None;
        }
        SpeechVerbs.CueWord word = context.Info(j).Cue;
        switch (word)
        {
            case SpeechVerbs.CueWord.None:
                return CueKind.None;
            case SpeechVerbs.CueWord.Selon:
                return CueKind.Source;
            case SpeechVerbs.CueWord.OpeningSource:
                return context.OpensSentence(j) ? CueKind.Source : CueKind.None;
            case SpeechVerbs.CueWord.According:
                last = j + 1;
                return j + 1 < limit && context.Word(j + 1).Equals("to", StringComparison.OrdinalIgnoreCase) ? CueKind.Source : CueKind.None;
        }
        if (j > 0 && (IsNounDeterminer(context, j - 1) || (char.IsUpper(context.Text[token.Start]) && !context.OpensClause(j))))
        {
            return CueKind.None; // "la demande", "Secretary of State"
        }
        if (word == SpeechVerbs.CueWord.Verb)
        {
            if (j + 1 < limit && context.Tokens[j + 1].Kind == TokenKind.InvertedPronoun)
            {
                last = j + 1;
            }
            return CueKind.Verb;
        }
        // "mettent également en garde", "fait aussi part": adverbs between the verb and its particle.
        int next = j + 1;
        int particles = 0;
        while (next < limit)
        {
            particles = SpeechVerbs.PhraseParticleCount(word, context.Word(next), next + 1 < limit ? context.Word(next + 1) : default);
            if (particles > 0 || next - j > 2 || context.Tokens[next].Kind != TokenKind.Word || !context.Info(next).Is(WordTraits.Auxiliary))
            {
                break;
            }
            next++;
        }
        last = next + particles - 1;
        return particles > 0 ? CueKind.Verb : CueKind.None;
    }

    // "la demande", "une menace", "the call": a determiner makes the verb form a noun ("l'" and "les" are also pronouns).
    private static bool IsNounDeterminer(in AttributionContext context, int token) =>
        context.Info(token).Is(WordTraits.DefiniteDeterminer | WordTraits.IndefiniteDeterminer) && context.Word(token) is var word
        && word.Length > 1 && !(word.Length == 2 && Tokenizer.IsApostrophe(word[1])) && !word.Equals("les", StringComparison.OrdinalIgnoreCase);

    // Auxiliaries, clitics, short adverbs and an inverted pronoun before a speech verb: "a-t-il ajouté", "l'a aussi dit".
    internal static int VerbGroupStart(in AttributionContext context, int verb, int lo)
    {
        int start = verb;
        for (int k = verb - 1, steps = 0; k >= lo && steps < 5; k--, steps++)
        {
            if (context.Tokens[k].Kind == TokenKind.InvertedPronoun || context.Info(k).Is(WordTraits.Auxiliary))
            {
                start = k;
                continue;
            }
            int inserted = InsertedPhraseStart(context, k, lo);
            if (inserted >= 0)
            {
                start = k = inserted;
                continue;
            }
            break;
        }
        return start;
    }

    // "a de son côté considéré", "has, for his part, said": an adverbial phrase set inside the verb group, with
    // its commas. Returns its first token, or -1.
    private static int InsertedPhraseStart(in AttributionContext context, int k, int lo)
    {
        int end = context.IsPunctuation(k, ',') ? k - 1 : k;
        foreach (string[] phrase in QuoteLexicon.InsertedPhrases)
        {
            int first = end - phrase.Length + 1;
            if (first < lo)
            {
                continue;
            }
            bool match = true;
            for (int w = 0; w < phrase.Length && match; w++)
            {
                match = context.Word(first + w).Equals(phrase[w], StringComparison.OrdinalIgnoreCase);
            }
            if (match)
            {
                return first > lo && context.IsPunctuation(first - 1, ',') ? first - 1 : first;
            }
        }
        return -1;
    }

    internal static PronounKind InvertedPronounKind(in AttributionContext context, int token)
    {
        ReadOnlySpan<char> word = context.Word(token);
        return QuoteLexicon.Lookup(word[(word.LastIndexOf('-') + 1)..]).SubjectPronoun;
    }
}
