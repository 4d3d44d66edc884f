using System.Collections.Frozen;
using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Names;

/// <summary>
/// Tags ORGANIZATION for the unambiguous aliases of <see cref="OrganizationAliases"/> (<c>OTAN</c>, <c>Kremlin</c>,
/// <c>AFP</c>) where the entity model found nothing, longest alias first, never overlapping another mention.
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

    public void Process(DocumentContext document)
    {
        ReadOnlySpan<char> text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens;
        Span<PhraseHit> hits = stackalloc PhraseHit[8];
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                continue;
            }
            int found = OrganizationAliases.Phrases.Match(text, tokens, i, hits);
            for (int h = found - 1; h >= 0; h--)
            {
                int count = hits[h].TokenCount;
                OrganizationAlias? alias = OrganizationAliases.Find(text, tokens, i, count);
                if (alias is { Tags: true } && IsStandalone(text, tokens, i, count))
                {
                    Tag(document, tokens[i].Start, tokens[i + count - 1].End);
                    i += count - 1;
                    break;
                }
            }
        }
    }

    // The alias wins over the entity model's fragments of it ("Conseil de sécurité de" for "Conseil de sécurité de
    // l'ONU"), over a place of the same span ("Pentagone" the building) and over a work named after it ("Charte des
    // Nations Unies"); any other mention it overlaps is kept.
    private static void Tag(DocumentContext document, int start, int end)
    {
        Entity mention = document.NewEntity(EntityType.Organization, start, end);
        (int first, int count) = document.FindOverlapping(start, end);
        bool fragments = true;
        for (int k = first; k < first + count; k++)
        {
            Entity e = document.Entities[k];
            fragments &= e.Type is EntityType.Organization or EntityType.Location && e.Start >= start && e.End <= end
                && !(e.Type == EntityType.Organization && e.Start == start && e.End == end);
        }
        if (!fragments)
        {
            if (count != 1 || !IsWorkNamedAfter(document, document.Entities[first], start))
            {
                return;
            }
        }
        for (int k = 0; k < count; k++)
        {
            document.RemoveEntityAt(first);
        }
        document.TryAddEntity(mention);
    }

    private static bool IsWorkNamedAfter(DocumentContext document, Entity other, int aliasStart)
    {
        if (other.Type != EntityType.Organization || other.Start >= aliasStart)
        {
            return false;
        }
        Token head = document.Tokens[document.TokenAt(other.Start)];
        if (head.Length > PhraseDictionary.MaxKeyLength)
        {
            return false;
        }
        Span<char> folded = stackalloc char[head.Length];
        TextFolding.Fold(head.In(document.Text), folded);
        return WorkNouns.Contains(folded);
    }

    // Not the tail of a longer proper name ("National Security Council"), not a word in a run of capitals.
    private static bool IsStandalone(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int count)
    {
        if (TokenContext.IsCapitalizedMidSentence(text, tokens, first - 1) && !TokenContext.IsSentenceInitial(text, tokens, first))
        {
            return false;
        }
        if (count == 1 && tokens[first].Length <= 3)
        {
            Span<char> folded = stackalloc char[tokens[first].Length];
            TextFolding.Fold(tokens[first].In(text), folded);
            if (WordAcronyms.Contains(folded)
                && (TokenContext.IsAllCapsWord(text, tokens, first - 1) || TokenContext.IsAllCapsWord(text, tokens, first + 1)))
            {
                return false;
            }
        }
        return true;
    }
}
