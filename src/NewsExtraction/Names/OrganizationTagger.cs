using System.Collections.Frozen;
using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Names;

/// <summary>
/// Tags ORGANIZATION for the unambiguous aliases of <see cref="OrganizationAliases"/> (<c>OTAN</c>, <c>Kremlin</c>,
/// <c>AFP</c>) where the entity model found nothing, longest alias first, never overlapping another mention; and for
/// <c>X</c>, the social network, where the text says it is one (<c>sur X :</c>, <c>on X.</c>).
/// Runs before the country stage so that a country inside a known name (<c>Radio France</c>) stays untagged.
/// </summary>
internal sealed class OrganizationTagger : IDocumentStage
{
    // Acronyms that are also words ("un", "who", "eu"): not inside a run of capitals ("UN SOLDAT", "WHO SAID").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordAcronyms =
        FrozenSet.Create(StringComparer.Ordinal, "un", "who", "eu", "au", "ua", "is", "ei", "ap").GetAlternateLookup<ReadOnlySpan<char>>();

    // Works that are named after an organisation: "Charte des [Nations Unies]", "UN Charter" stays with the model.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WorkNouns =
        FrozenSet.Create(StringComparer.Ordinal, "charte", "convention", "traite", "resolution", "resolutions", "pacte", "statut",
            "charter", "treaty", "pact", "statute").GetAlternateLookup<ReadOnlySpan<char>>();

    // The keys of the organisations named in the document in flight on this thread, reused from one to the next.
    [ThreadStatic]
    private static HashSet<string>? t_keys;

    // The phrase hits of the document in flight on this thread, in token order and shortest first at a token: the
    // generic aliases are looked for among them rather than by matching every token of the document again.
    [ThreadStatic]
    private static List<(int Token, PhraseHit Hit)>? t_hits;

    public void Process(DocumentContext document)
    {
        HashSet<string> keys = t_keys ??= new HashSet<string>(StringComparer.Ordinal);
        List<(int Token, PhraseHit Hit)> hits = t_hits ??= [];
        try
        {
            Scan(document, hits);
            OrganizationEvidence.Apply(document);
            // A generic alias ("l'Alliance", "la Commission") names the organisation once the document has named it.
            foreach (ref readonly EntityDraft e in document.Entities)
            {
                if (e.Type == EntityType.Organization && KeyOf(document, e) is { } key)
                {
                    keys.Add(key);
                }
            }
            if (keys.Count > 0)
            {
                TagGenericAliases(document, hits, keys);
            }
        }
        finally
        {
            keys.Clear();
            hits.Clear();
        }
    }

    // Tags the unambiguous aliases and X, the social network; keeps every phrase hit, inside what it tags too.
    private static void Scan(DocumentContext document, List<(int Token, PhraseHit Hit)> hits)
    {
        ReadOnlySpan<char> text = document.Text, folded = document.FoldedText;
        ReadOnlySpan<Token> tokens = document.Tokens;
        Span<PhraseHit> found = stackalloc PhraseHit[8];
        int next = 0; // the first token after what was tagged
        for (int i = 0; i < tokens.Length; i++)
        {
            if ((i & (DocumentContext.CancellationStride - 1)) == 0)
            {
                document.ThrowIfCancellationRequested();
            }
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                continue;
            }
            int count = OrganizationAliases.Phrases.Match(folded, tokens, i, found);
            foreach (PhraseHit hit in found[..count])
            {
                hits.Add((i, hit));
            }
            if (i < next)
            {
                continue;
            }
            if (IsSocialNetworkX(text, tokens, i))
            {
                document.TryAddEntity(new EntityDraft(EntityType.Organization, tokens[i].Start, tokens[i].Start + 1));
                continue;
            }
            for (int h = count - 1; h >= 0; h--)
            {
                if (OrganizationAliases.Find(document, i, found[h]) is { Tags: true } && IsStandalone(text, folded, tokens, i, found[h].TokenCount))
                {
                    Tag(document, i, found[h].TokenCount);
                    next = i + found[h].TokenCount;
                    break;
                }
            }
        }
    }

    // Tags the generic aliases of the organisations of "keys" among the hits of the scan, longest first at a token.
    private static void TagGenericAliases(DocumentContext document, List<(int Token, PhraseHit Hit)> hits, HashSet<string> keys)
    {
        ReadOnlySpan<char> text = document.Text, folded = document.FoldedText;
        ReadOnlySpan<Token> tokens = document.Tokens;
        int next = 0; // the first token after what was tagged
        for (int k = 0; k < hits.Count;)
        {
            int i = hits[k].Token, end = k + 1;
            while (end < hits.Count && hits[end].Token == i)
            {
                end++;
            }
            for (int h = end - 1; h >= k && i >= next; h--)
            {
                PhraseHit hit = hits[h].Hit;
                if (OrganizationAliases.Find(document, i, hit) is { Tags: false } alias && keys.Contains(alias.Key)
                    && IsStandalone(text, folded, tokens, i, hit.TokenCount))
                {
                    Tag(document, i, hit.TokenCount);
                    next = i + hit.TokenCount;
                }
            }
            k = end;
        }
    }

    // X, the social network, is also a letter (Louis X, rayons X, M. X): only after "sur" or "on" and before
    // punctuation or the end of the text ("a réagi sur X :", "posted on X."; "X." is one token there). It is not in
    // OrganizationAliases: an alias there is tagged wherever it stands, and the phrase table cannot see the "X" of "X.".
    private static bool IsSocialNetworkX(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        Token token = tokens[i];
        if (text[token.Start] != 'X' || !(token.Length == 1 || (token.Length == 2 && token.Kind == TokenKind.Abbreviation))
            || !(TokenContext.Is(text, tokens, i - 1, "sur") || TokenContext.Is(text, tokens, i - 1, "on")))
        {
            return false;
        }
        return token.Length == 2 || i + 1 == tokens.Length || tokens[i + 1].Kind is TokenKind.Punctuation or TokenKind.QuotationMark;
    }

    private static string? KeyOf(DocumentContext document, in EntityDraft e)
    {
        int first = document.TokenAt(e.Start), last = first;
        while (last < document.TokenCount && document.Tokens[last].Start < e.End)
        {
            last++;
        }
        return OrganizationAliases.Find(document, first, last - first)?.Key;
    }

    // The alias wins over the entity model's fragments of it ("Conseil de sécurité de" for "Conseil de sécurité de
    // l'ONU"), over a person of the same span ("Vlaams Belang"), over a mention run on into lower-case words
    // ("Parti québécois insiste"), over a place of the same span ("Pentagone" the building), over a work named
    // after it ("Charte des Nations Unies") and over two names run together ("European Union and India"); any
    // other mention is kept.
    private static void Tag(DocumentContext document, int firstToken, int tokenCount)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int start = tokens[firstToken].Start, end = tokens[firstToken + tokenCount - 1].End;
        (int first, int count) = document.FindOverlapping(start, end);
        bool fragments = true;
        for (int k = first; k < first + count; k++)
        {
            EntityDraft e = document.EntityAt(k);
            fragments &= (e.Type is EntityType.Organization or EntityType.Location && e.Start >= start && e.End <= end
                && !(e.Type == EntityType.Organization && e.Start == start && e.End == end))
                || (e.Type == EntityType.Person && e.Start == start && e.End == end);
        }
        if (!fragments)
        {
            if (count != 1 || !(IsWorkNamedAfter(document, document.EntityAt(first), start)
                || IsRunTogether(document, document.EntityAt(first), start, firstToken + tokenCount)
                || IsRunOn(document, document.EntityAt(first), start, firstToken + tokenCount)))
            {
                return;
            }
        }
        for (int k = 0; k < count; k++)
        {
            document.RemoveEntityAt(first);
        }
        document.TryAddEntity(new EntityDraft(EntityType.Organization, start, end));
    }

    private static bool IsRunTogether(DocumentContext document, in EntityDraft other, int aliasStart, int next) =>
        other.Type is EntityType.Organization or EntityType.Location && other.Start == aliasStart && next < document.TokenCount
        && document.Tokens[next].Start < other.End
        && (TokenContext.Is(document.Text, document.Tokens, next, "and") || TokenContext.Is(document.Text, document.Tokens, next, "et"));

    // "[Parti québécois insiste]": the model ran the name on into the lower-case words after it.
    private static bool IsRunOn(DocumentContext document, in EntityDraft other, int aliasStart, int next)
    {
        if (other.Start != aliasStart || next >= document.TokenCount || document.Tokens[next].Start >= other.End)
        {
            return false;
        }
        int end = next;
        for (; end < document.TokenCount && document.Tokens[end].Start < other.End; end++)
        {
            if (document.Tokens[end].Kind != TokenKind.Word || !char.IsLower(document.Text[document.Tokens[end].Start]))
            {
                return false;
            }
        }
        int first = document.TokenAt(aliasStart);
        return OrganizationAliases.Find(document, first, end - first) is null; // not "Alliance nord-atlantique"
    }

    private static bool IsWorkNamedAfter(DocumentContext document, in EntityDraft other, int aliasStart)
    {
        if (other.Type != EntityType.Organization || other.Start >= aliasStart)
        {
            return false;
        }
        Token head = document.Tokens[document.TokenAt(other.Start)];
        return WorkNouns.Contains(head.In(document.FoldedText));
    }

    // Not the tail of a longer proper name ("National Security Council"), not a word in a run of capitals.
    private static bool IsStandalone(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int first, int count)
    {
        if (TokenContext.IsCapitalizedMidSentence(text, tokens, first - 1) && !TokenContext.IsSentenceInitial(text, tokens, first))
        {
            return false;
        }
        if (count == 1 && tokens[first].Length <= 3)
        {
            if (WordAcronyms.Contains(tokens[first].In(folded))
                && (TokenContext.IsAllCapsWord(text, tokens, first - 1) || TokenContext.IsAllCapsWord(text, tokens, first + 1)))
            {
                return false;
            }
        }
        return true;
    }
}
