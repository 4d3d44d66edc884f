using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Quotes;

/// <summary>
/// Who is the subject of a speech verb or source marker: the person, pronoun, description or organisation before
/// it or after it, or capitalised words where no entity names the speaker.
/// </summary>
internal static class SubjectFinder
{
    // The speaker of the verb group [start, last]: an inverted pronoun, the subject before it, or a subject after it
    // (tried first when the verb is inverted).
    internal static SpeakerReference SubjectOfVerb(in AttributionContext context, int start, int last, int lo, int hi, bool inverted)
    {
        for (int k = start; k <= last; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.InvertedPronoun)
            {
                return ReferenceResolver.ResolvePronoun(context, k, SpeechCueMatcher.InvertedPronounKind(context, k));
            }
        }
        if (inverted && SubjectAfter(context, last + 1, hi, objectPronoun: false) is { Rank: not SpeakerRank.None } after)
        {
            return after;
        }
        SpeakerReference subject = SubjectBefore(context, SpeechCueMatcher.IsNonFinite(context, start, last) ? MainClauseEnd(context, start, lo) : start, lo);
        return subject.Rank != SpeakerRank.None || inverted ? subject : SubjectAfter(context, last + 1, hi, objectPronoun: false);
    }

    // Where the main clause ends before a non-finite verb: "Miller rappelait [qu']Antony Blinken « … » avant d'affirmer".
    private static int MainClauseEnd(in AttributionContext context, int start, int lo)
    {
        for (int j = start - 1; j >= lo; j--)
        {
            int inner = context.QuoteAt(context.Tokens[j].Start);
            if (inner >= 0)
            {
                j = context.Quotes[inner].OpenToken;
                continue;
            }
            if (context.Info(j).Is(WordTraits.Subordinator))
            {
                return j;
            }
        }
        return start;
    }

    // Scans back from a verb group. The run of words just before it is the subject: a person, a pronoun, a
    // description, an organisation. Beyond it, a person in apposition still wins over an organisation subject
    // ("Par la voix de son secrétaire général, Mark Rutte, l'Otan a fait part").
    internal static SpeakerReference SubjectBefore(in AttributionContext context, int groupStart, int lo)
    {
        bool inRun = true;
        int description = -1;
        bool anonymous = false;
        SpeakerReference group = default, complement = default;
        for (int j = groupStart - 1, steps = 0; j >= lo && steps < 40; j--, steps++)
        {
            int inner = context.QuoteAt(context.Tokens[j].Start);
            if (inner >= 0)
            {
                j = context.Quotes[inner].OpenToken;
                inRun = false;
                continue;
            }
            int entity = context.EntityAt(j);
            if (j == groupStart - 1 && AliasAt(context, j, entity) is { IsNamed: true } alias)
            {
                return alias;
            }
            if (j == groupStart - 1 && context.Info(j).Is(WordTraits.RelativePronoun) && Antecedent(context, j) is { IsNamed: true } antecedent)
            {
                return antecedent;
            }
            Token token = context.Tokens[j];
            if (entity >= 0)
            {
                int first = context.Document.TokenAt(context.Entities[entity].Start);
                SpeakerRank rank = context.Rank(entity);
                // A name right before the verb is its subject, whatever precedes it ("North Korea's agency KCNA called").
                bool adjacent = context.Entities[entity].End == context.Tokens[groupStart - 1].End && !context.IsComplement(first);
                if (rank == SpeakerRank.Person && (adjacent || IsSubjectPosition(context, first)))
                {
                    if (!inRun && description >= 0 && ReferenceResolver.ResolveDescription(context, description) is { IsNamed: true } described)
                    {
                        return described;
                    }
                    return context.Reference(entity);
                }
                if (rank == SpeakerRank.Group)
                {
                    if (!adjacent && !IsSubjectPosition(context, first))
                    {
                        complement = complement.IsNamed ? complement : context.Reference(entity);
                    }
                    else if (!group.IsNamed)
                    {
                        group = context.Reference(entity);
                    }
                }
                j = first;
                continue;
            }
            // A verb coordinated with an earlier speech verb shares its subject: "KCNA called it « … » and warned of".
            if (description < 0 && !anonymous && !group.IsNamed && j > lo && SpeechCueMatcher.MatchCue(context, j, groupStart, out _) == CueKind.Verb
                && SpeechCueMatcher.VerbGroupStart(context, j, lo) is var earlier && earlier > lo && context.EntityAt(earlier - 1) is var subject and >= 0
                && context.Rank(subject) > SpeakerRank.Anonymous)
            {
                return context.Reference(subject);
            }
            if (token.Kind == TokenKind.InvertedPronoun && description < 0 && !group.IsNamed)
            {
                return ReferenceResolver.ResolvePronoun(context, j, SpeechCueMatcher.InvertedPronounKind(context, j));
            }
            if (token.Kind is TokenKind.Punctuation or TokenKind.QuotationMark)
            {
                if (context.IsPunctuation(j, '.', '!', '?', ';'))
                {
                    break;
                }
                // A comma ends the subject run once it holds a subject; before that, it skips an incidental
                // phrase ("le ministre britannique, en visite à Séoul, a qualifié").
                if (inRun && (description >= 0 || anonymous || group.IsNamed))
                {
                    inRun = false;
                    if (description >= 0 && ReferenceResolver.ResolveDescription(context, description) is { IsNamed: true } described)
                    {
                        return described;
                    }
                    if (anonymous && !group.IsNamed)
                    {
                        return SpeakerReference.Anonymous;
                    }
                }
                continue;
            }
            if (!inRun || description >= 0 || anonymous || group.IsNamed)
            {
                continue;
            }
            PronounKind pronoun = context.Info(j).SubjectPronoun;
            if (pronoun != PronounKind.None)
            {
                return ReferenceResolver.ResolvePronoun(context, j, pronoun);
            }
            ClassifyDescription(context, j, ref description, ref anonymous);
        }
        if (inRun && description >= 0 && ReferenceResolver.ResolveDescription(context, description) is { IsNamed: true } resolved)
        {
            return resolved;
        }
        if (group.IsNamed)
        {
            return group;
        }
        if (complement.IsNamed && description >= 0)
        {
            return complement; // le porte-parole du Pentagone, when the spokesman is never named
        }
        if (anonymous)
        {
            return SpeakerReference.Anonymous;
        }
        return CapitalisedRun(context, groupStart - 1, -1, Math.Max(lo, groupStart - 5));
    }

    // "Rooney, who believes « … »", "Leetchi, qui a répondu que « … »": the name the relative pronoun follows.
    private static SpeakerReference Antecedent(in AttributionContext context, int relative)
    {
        int k = relative - 1;
        if (k >= 0 && context.IsPunctuation(k, ','))
        {
            k--;
        }
        int entity = k >= 0 ? context.EntityAt(k) : -1;
        return entity >= 0 && context.Rank(entity) > SpeakerRank.Anonymous ? context.Reference(entity) : default;
    }

    // After a verb or source marker: a person, a description, an organisation, or capitalised words
    // (a déclaré le chef de l'Alliance, selon la Russie, said Mark Rutte, selon lui).
    internal static SpeakerReference SubjectAfter(in AttributionContext context, int from, int hi, bool objectPronoun)
    {
        int description = -1;
        bool anonymous = false;
        SpeakerReference group = default;
        for (int j = from; j < hi && j - from < 12; j++)
        {
            Token token = context.Tokens[j];
            if ((j > from && context.Document.LineBreakBefore(j)) || token.Kind == TokenKind.QuotationMark || context.IsPunctuation(j, '.', ';', '!', '?', ':'))
            {
                break;
            }
            int entity = context.EntityAt(j);
            if (AliasAt(context, j, entity) is { IsNamed: true } alias)
            {
                return alias;
            }
            if (entity >= 0)
            {
                int first = context.Document.TokenAt(context.Entities[entity].Start);
                SpeakerRank rank = context.Rank(entity);
                if (rank == SpeakerRank.Person && !IsAddressee(context, first, from))
                {
                    return context.Reference(entity);
                }
                if (rank == SpeakerRank.Group && !group.IsNamed && !IsAddressee(context, first, from))
                {
                    group = context.Reference(entity);
                }
                j = context.Document.TokenAt(context.Entities[entity].End - 1);
                continue;
            }
            WordInfo word = context.Info(j);
            if (j == from && objectPronoun && word.ObjectPronoun is var pronoun and not PronounKind.None)
            {
                return ReferenceResolver.ResolvePronoun(context, j, pronoun);
            }
            // "…, dit celui qui est aussi député", "…, said the one who chairs it": the person spoken of before.
            if (word.Is(WordTraits.Demonstrative) && j + 1 < hi && context.Info(j + 1).Is(WordTraits.RelativePronoun)
                && (j == from || (j == from + 1 && context.Info(from).Is(WordTraits.DefiniteDeterminer))))
            {
                return ReferenceResolver.ResolvePronoun(context, j, PronounKind.Person);
            }
            if (description < 0 && !anonymous && !group.IsNamed)
            {
                ClassifyDescription(context, j, ref description, ref anonymous);
            }
            if (word.Is(WordTraits.ClauseStarter))
            {
                break;
            }
        }
        if (description >= 0 && ReferenceResolver.ResolveDescription(context, description) is { IsNamed: true } resolved)
        {
            return resolved;
        }
        if (group.IsNamed)
        {
            return group;
        }
        return anonymous ? SpeakerReference.Anonymous : CapitalisedRun(context, from, 1, Math.Min(hi, from + 4));
    }

    // A role noun after a determiner: "le vice-ministre", "the minister" (a description), "une source", "a US official" (nobody named).
    internal static void ClassifyDescription(in AttributionContext context, int j, ref int description, ref bool anonymous)
    {
        int role = context.Info(j).Role;
        if (role < 0)
        {
            return;
        }
        for (int k = j - 1; k >= 0 && j - k <= 3; k--)
        {
            if (context.Tokens[k].Kind is TokenKind.Punctuation or TokenKind.QuotationMark)
            {
                return;
            }
            WordInfo word = context.Info(k);
            if (word.Is(WordTraits.IndefiniteDeterminer) || (role == QuoteLexicon.SourceRole && word.Is(WordTraits.DefiniteDeterminer)))
            {
                anonymous = true;
                return;
            }
            if (word.Is(WordTraits.DefiniteDeterminer))
            {
                description = j;
                return;
            }
            if (word.Is(WordTraits.Preposition))
            {
                return;
            }
        }
    }

    // Whether an entity is a subject rather than the object or complement of another word: what precedes it is
    // nothing, punctuation, a determiner not after a preposition, a title, a conjunction, or a capitalised word.
    internal static bool IsSubjectPosition(in AttributionContext context, int first)
    {
        int k = first - 1;
        if (k < 0 || context.Document.LineBreakBefore(first) || context.Tokens[k].Kind is TokenKind.Punctuation or TokenKind.QuotationMark)
        {
            return true;
        }
        WordInfo word = context.Info(k);
        if (word.Is(WordTraits.DefiniteDeterminer) && !word.Is(WordTraits.Preposition))
        {
            return k == 0 || context.Document.LineBreakBefore(k) || !context.Info(k - 1).Is(WordTraits.Preposition);
        }
        if (word.Is(WordTraits.Preposition))
        {
            return false;
        }
        if (word.IsRole || word.Is(WordTraits.ClauseStarter | WordTraits.Conjunction) || context.EntityAt(k) >= 0 || char.IsUpper(context.Text[context.Tokens[k].Start]))
        {
            return true;
        }
        // "le président sud-coréen Yoon Suk-yeol": an adjective after a title.
        return k > 0 && !context.Document.LineBreakBefore(k) && context.Info(k - 1).IsRole;
    }

    // "à Vladimir Poutine", "to reporters": whom the words were said to (not the "to" of "according to", before from).
    private static bool IsAddressee(in AttributionContext context, int first, int from)
    {
        int k = first - 1;
        if (k >= from && context.Info(k).Is(WordTraits.DefiniteDeterminer))
        {
            k--;
        }
        return k >= from && context.Info(k).Is(WordTraits.AddresseePreposition);
    }

    // The entity starting at a token, or capitalised words: the speaker after a dash ("– Lloyd Austin, secrétaire…").
    internal static SpeakerReference NameAfter(in AttributionContext context, int token)
    {
        if (token >= context.Tokens.Length || context.Document.LineBreakBefore(token))
        {
            return default;
        }
        int entity = context.EntityAt(token);
        if (entity >= 0 && context.Rank(entity) > SpeakerRank.Anonymous)
        {
            return context.Reference(entity);
        }
        return CapitalisedRun(context, token, 1, Math.Min(context.Tokens.Length, token + 4));
    }

    // Capitalised words from a token, going forwards (step 1) or backwards (step -1) to a bound, without the titles
    // and article before them: the fallback name of a speaker no entity names ("Defense Secretary [Lloyd Austin] told").
    internal static SpeakerReference CapitalisedRun(in AttributionContext context, int from, int step, int bound)
    {
        int a = -1, b = -1;
        for (int j = from; step > 0 ? j < bound : j >= Math.Max(bound, 0); j += step)
        {
            Token token = context.Tokens[j];
            if (token.Kind != TokenKind.Word || !char.IsUpper(context.Text[token.Start]) || context.EntityAt(j) >= 0
                || (j != from && context.Document.LineBreakBefore(step > 0 ? j : j + 1)))
            {
                break;
            }
            if (step > 0)
            {
                a = a < 0 ? j : a;
                b = j;
            }
            else
            {
                b = b < 0 ? j : b;
                a = j;
            }
        }
        for (int j = b; j >= a && a >= 0; j--)
        {
            if (context.Info(j).IsRole)
            {
                a = j + 1;
                break;
            }
        }
        if (a >= 0 && a <= b && context.Info(a) is var first && (first.Is(WordTraits.DefiniteDeterminer) || first.Cue is SpeechVerbs.CueWord.Selon or SpeechVerbs.CueWord.According or SpeechVerbs.CueWord.OpeningSource))
        {
            a++;
        }
        return a >= 0 && b - a >= 1 ? new SpeakerReference(-1, context.Tokens[a].Start, context.Tokens[b].End, SpeakerRank.Capitalised) : default;
    }

    // A capitalised word naming a person met earlier by a part of the name ("Park" for Park Ji-hoon), where the
    // entity stages saw no person; "entity" is the one covering the word (EntityAt), or -1.
    internal static SpeakerReference AliasAt(in AttributionContext context, int token, int entity)
    {
        Token word = context.Tokens[token];
        if (word.Kind != TokenKind.Word || !char.IsUpper(context.Text[word.Start])
            || (entity >= 0 && (context.Rank(entity) > SpeakerRank.Anonymous || context.Entities[entity].Span != word.Span)))
        {
            return default;
        }
        ReadOnlySpan<char> text = context.Word(token);
        for (int e = context.EntityBefore(word.Start); e >= 0 && context.Entities[e].Start > word.Start - AttributionContext.LookBack; e--)
        {
            if (context.Entities[e].Type != EntityType.Person || context.InQuote(context.Entities[e].Start))
            {
                continue;
            }
            ReadOnlySpan<char> name = context.Document.TextOf(context.Entities[e]);
            foreach (Range part in name.Split(' '))
            {
                if (name[part].SequenceEqual(text))
                {
                    return new SpeakerReference(e, word.Start, word.End, SpeakerRank.Person);
                }
            }
        }
        return default;
    }
}
