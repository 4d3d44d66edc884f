using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Quotes;

/// <summary>
/// Whom a pronoun (<c>il</c>, <c>he</c>) or a description (<c>le vice-ministre</c>, <c>the minister</c>) stands for: the
/// previous speaker, a person earlier in the sentence or paragraph, or the person introduced with that role.
/// </summary>
internal static class ReferenceResolver
{
    // il, elle, he, she, it: the previous quote's speaker when nobody else was named since; a person or organisation
    // earlier in the sentence; the nearest person in this or the previous paragraph; an organisation in this one.
    internal static SpeakerReference ResolvePronoun(in AttributionContext context, int pronoun, PronounKind kind)
    {
        if (kind == PronounKind.Plural)
        {
            return SpeakerReference.Anonymous;
        }
        int offset = context.Tokens[pronoun].Start;
        bool persons = kind != PronounKind.Group;
        bool groups = kind != PronounKind.Person;
        // Where the previous quote ends: its speaker, when nobody else is named since, else someone named since.
        int since = 0;
        for (int q = context.Current - 1; q >= 0; q--)
        {
            if (context.Quotes[q].OuterEnd > offset)
            {
                continue;
            }
            since = context.Quotes[q].OuterEnd;
            SpeakerReference previous = context.Results[q].Speaker;
            if (previous.IsNamed && !context.Document.LineBreakIn(context.Quotes[q].OuterEnd, offset) && Fits(previous, persons, groups)
                && !context.OtherPersonNamed(context.Quotes[q].OuterEnd, offset, previous))
            {
                return previous;
            }
            break;
        }

        int lo = context.Sentences[context.SentenceOf(pronoun)].FirstToken;
        SpeakerReference group = default;
        for (int j = pronoun - 1; j >= lo; j--)
        {
            int inner = context.QuoteAt(context.Tokens[j].Start);
            if (inner >= 0)
            {
                j = context.Quotes[inner].OpenToken;
                continue;
            }
            int entity = context.EntityAt(j);
            if (entity >= 0)
            {
                SpeakerRank rank = context.Rank(entity);
                if (rank == SpeakerRank.Person && persons)
                {
                    return context.Reference(entity);
                }
                if (rank == SpeakerRank.Group && groups && !group.IsNamed)
                {
                    group = context.Reference(entity);
                }
                j = context.Document.TokenAt(context.Entities[entity].Start);
                continue;
            }
            int description = -1;
            bool anonymous = false;
            SubjectFinder.ClassifyDescription(context, j, ref description, ref anonymous);
            if (persons && description >= 0 && ResolveDescription(context, description) is { IsNamed: true } described)
            {
                return described;
            }
        }
        if (group.IsNamed)
        {
            return group;
        }

        int paragraph = context.ParagraphStart(offset, 1);
        int nearest = context.NearestPersonBefore(offset, offset - AttributionContext.LookBack);
        // The person a sentence before is about: its first person named other than as a complement, not the last one
        // ("Ferguson is confident his young players, particularly Rooney, are ready. « … », he said": Ferguson).
        for (int s = context.SentenceOf(pronoun) - 1; persons && s >= 0 && context.Sentences[s].Start >= Math.Max(paragraph, offset - AttributionContext.LookBack) && context.Sentences[s].End > since; s--)
        {
            if (FirstPersonIn(context, s, since) is { IsNamed: true } first)
            {
                return first;
            }
        }
        if (persons && nearest >= 0 && context.Entities[nearest].Start >= paragraph)
        {
            return context.Reference(nearest);
        }
        if (groups)
        {
            int here = context.ParagraphStart(offset, 0);
            for (int e = context.EntityBefore(offset); e >= 0 && context.Entities[e].Start >= here; e--)
            {
                if (context.Rank(e) == SpeakerRank.Group && !context.InQuote(context.Entities[e].Start) && SubjectFinder.IsSubjectPosition(context, context.Document.TokenAt(context.Entities[e].Start)))
                {
                    return context.Reference(e);
                }
            }
        }
        return persons && nearest >= 0 ? context.Reference(nearest) : default;
    }

    // la plateforme, the organisation: the organisation named last before, outside quotes. A description names
    // the article's organisation however many paragraphs ago it was named: there is no one else it can be.
    private static SpeakerReference NearestOrganizationBefore(in AttributionContext context, int offset)
    {
        int lowerBound = offset - AttributionContext.LookBack;
        for (int e = context.EntityBefore(offset); e >= 0 && context.Entities[e].Start >= lowerBound; e--)
        {
            if (context.Entities[e].Type == EntityType.Organization && !context.InQuote(context.Entities[e].Start))
            {
                return context.Reference(e);
            }
        }
        return default;
    }

    // The first person sentence s names (from offset "since") outside quotes, other than as the complement or the modifier of a noun
    // ("Ashford manager Luis Ferreira"); a word opening it that names a person met earlier ("Park said…"); or none.
    private static SpeakerReference FirstPersonIn(in AttributionContext context, int s, int since)
    {
        Sentence sentence = context.Sentences[s];
        int opening = sentence.FirstToken;
        if (sentence.Start >= since && SubjectFinder.AliasAt(context, opening, context.EntityAt(opening)) is { IsNamed: true } alias)
        {
            return alias;
        }
        for (int e = context.EntityBefore(Math.Max(sentence.Start, since)) + 1; e < context.Entities.Length && context.Entities[e].Start < sentence.End; e++)
        {
            if (context.Entities[e].Type != EntityType.Person || context.InQuote(context.Entities[e].Start)
                || context.IsComplement(context.Document.TokenAt(context.Entities[e].Start)))
            {
                continue;
            }
            int last = context.Document.TokenAt(context.Entities[e].End - 1);
            if (!(last + 1 < context.Tokens.Length && context.Info(last + 1).IsRole))
            {
                return context.Reference(e);
            }
        }
        return default;
    }

    // le vice-ministre, the minister: the nearest person introduced with that role; else the person named just
    // before in the paragraph; else the one named next in it; else the organisation in the description.
    internal static SpeakerReference ResolveDescription(in AttributionContext context, int roleToken)
    {
        int role = context.Info(roleToken).Role;
        if (role == QuoteLexicon.SourceRole)
        {
            return SpeakerReference.Anonymous;
        }
        int offset = context.Tokens[roleToken].Start;
        if (role == QuoteLexicon.GroupRole)
        {
            return NearestOrganizationBefore(context, offset);
        }
        for (int e = context.EntityBefore(offset); e >= 0 && context.Entities[e].Start > offset - AttributionContext.LookBack; e--)
        {
            if (context.Entities[e].Type == EntityType.Person && !context.InQuote(context.Entities[e].Start) && (RoleMask(context, e) & (1UL << role)) != 0)
            {
                return context.Reference(NearestMention(context, e, offset));
            }
        }
        int nearest = context.NearestPersonBefore(offset, context.ParagraphStart(offset, 0));
        if (nearest >= 0)
        {
            return context.Reference(nearest);
        }
        int paragraphEnd = context.Document.LineEnd(offset);
        for (int e = context.EntityBefore(offset) + 1; e < context.Entities.Length && context.Entities[e].Start < paragraphEnd; e++)
        {
            if (context.Entities[e].Type == EntityType.Person && !context.InQuote(context.Entities[e].Start)
                && !context.IsComplement(context.Document.TokenAt(context.Entities[e].Start)))
            {
                return context.Reference(e);
            }
        }
        // Its own complement or modifier: "le porte-parole du Pentagone", "the Pentagon spokesman".
        for (int j = Math.Max(0, roleToken - 2); j < context.Tokens.Length && j <= roleToken + 5; j++)
        {
            if (j > roleToken && context.IsPunctuation(j, '.', ',', ';', ':', '!', '?'))
            {
                break;
            }
            int entity = context.EntityAt(j);
            if (entity >= 0 && context.Rank(entity) == SpeakerRank.Group)
            {
                return context.Reference(entity);
            }
        }
        return default;
    }

    // The roles a person is introduced with: "le vice-ministre des Affaires étrangères, Kim Hong-kyun",
    // "Mark Rutte, le nouveau secrétaire général de l'Otan,", "Defense Secretary Lloyd Austin".
    private static ulong RoleMask(in AttributionContext context, int entity)
    {
        ulong mask = 0;
        int first = context.Document.TokenAt(context.Entities[entity].Start);
        int last = context.Document.TokenAt(context.Entities[entity].End - 1);
        if (context.IsComplement(first))
        {
            return 0; // "le porte-parole de Vladimir Poutine": the role is the spokesman's, not Putin's
        }
        int j = first - 1;
        if (j >= 0 && context.IsPunctuation(j, ',') && !context.Document.LineBreakBefore(first))
        {
            j--;
        }
        for (int n = 0; j >= 0 && n < 6 && !context.Document.LineBreakBefore(j + 1); j--, n++)
        {
            if (context.Tokens[j].Kind is TokenKind.Punctuation or TokenKind.QuotationMark || IsHeadPersonAt(context, j))
            {
                break;
            }
            mask |= RoleBit(context, j);
        }
        j = last + 1;
        if (j < context.Tokens.Length && context.IsPunctuation(j, ',', '(') && !context.Document.LineBreakBefore(j))
        {
            for (j++; j < context.Tokens.Length && j - last < 10 && !context.Document.LineBreakBefore(j); j++)
            {
                if (context.Tokens[j].Kind is TokenKind.Punctuation or TokenKind.QuotationMark || IsHeadPersonAt(context, j))
                {
                    break;
                }
                mask |= RoleBit(context, j);
            }
        }
        return mask;
    }

    private static ulong RoleBit(in AttributionContext context, int token)
    {
        int role = context.Info(token).Role;
        return role is >= 0 and < QuoteLexicon.GroupRole ? 1UL << role : 0;
    }

    // Whether a person is named at a token, other than as the complement of a noun ("de Vladimir Poutine", or
    // "des Affaires étrangères" mistaken for a name).
    private static bool IsHeadPersonAt(in AttributionContext context, int token)
    {
        int entity = context.EntityAt(token);
        return entity >= 0 && context.Entities[entity].Type == EntityType.Person && !context.IsComplement(context.Document.TokenAt(context.Entities[entity].Start));
    }

    // The mention of the same person nearest before offset (the apposition that gave the role may be far back).
    private static int NearestMention(in AttributionContext context, int entity, int offset)
    {
        ReadOnlySpan<char> name = context.EntityName(entity);
        for (int e = context.EntityBefore(offset); e > entity; e--)
        {
            if (context.Entities[e].Type == EntityType.Person && !context.InQuote(context.Entities[e].Start) && context.EntityName(e).SequenceEqual(name))
            {
                return e;
            }
        }
        return entity;
    }

    private static bool Fits(SpeakerReference speaker, bool persons, bool groups) =>
        speaker.Rank == SpeakerRank.Group ? groups : persons;
}
