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

    private static void Tag(DocumentContext document, int start, int end)
    {
        Entity mention = document.NewEntity(EntityType.Organization, start, end);
        if (document.TryAddEntity(mention))
        {
            return;
        }
        // The entity model may call "Pentagone" a place (the building): the alias says organisation.
        for (int k = 0; k < document.Entities.Count; k++)
        {
            Entity e = document.Entities[k];
            if (e.Start == start && e.End == end && e.Type == EntityType.Location)
            {
                document.ReplaceEntity(k, mention);
                return;
            }
        }
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
