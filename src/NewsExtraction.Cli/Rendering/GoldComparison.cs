namespace NewsExtraction.Cli.Rendering;

/// <summary>
/// An extraction compared with a gold file in the output schema (../shared/ANNOTATION.md): exact spans and types for
/// entities, exact spans for quotes, canonical speaker names. Errors the text cannot show (a gold entity overlapping
/// an extracted one of other bounds) are listed.
/// </summary>
internal sealed class GoldComparison
{
    private GoldComparison(IReadOnlyList<Entity> gold, IReadOnlyList<Quote> goldQuotes) => (Entities, Quotes) = (gold, goldQuotes);

    public IReadOnlyList<Entity> Entities { get; }

    public IReadOnlyList<Quote> Quotes { get; }

    public static GoldComparison Of(IReadOnlyList<Entity> entities, IReadOnlyList<Quote> quotes) => new(entities, quotes);

    public MarkStatus StatusOf(Entity entity, out Entity? gold)
    {
        gold = null;
        foreach (Entity candidate in Entities)
        {
            if (candidate.Start == entity.Start && candidate.End == entity.End)
            {
                gold = candidate;
                return candidate.Type == entity.Type ? MarkStatus.Correct : MarkStatus.WrongType;
            }
        }
        foreach (Entity candidate in Entities)
        {
            if (candidate.Start < entity.End && entity.Start < candidate.End)
            {
                gold = candidate;
                return candidate.Type == entity.Type ? MarkStatus.WrongSpan : MarkStatus.WrongType;
            }
        }
        return MarkStatus.Spurious;
    }

    public MarkStatus StatusOf(Quote quote, out Quote? gold)
    {
        gold = null;
        foreach (Quote candidate in Quotes)
        {
            if (candidate.Start < quote.End && quote.Start < candidate.End)
            {
                gold = candidate;
                return candidate.Start == quote.Start && candidate.End == quote.End ? MarkStatus.Correct : MarkStatus.WrongSpan;
            }
        }
        return MarkStatus.Spurious;
    }

    /// <summary>Gold entities with no extracted entity at the same span.</summary>
    public IEnumerable<Entity> MissedEntities(IReadOnlyList<Entity> extracted) =>
        Entities.Where(g => !extracted.Any(e => e.Start == g.Start && e.End == g.End));

    /// <summary>Gold quotes that overlap no extracted quote.</summary>
    public IEnumerable<Quote> MissedQuotes(IReadOnlyList<Quote> extracted) =>
        Quotes.Where(g => !extracted.Any(q => q.Start < g.End && g.Start < q.End));

    /// <summary>Whether a quote's speaker is the gold's: the same canonical name, or both without one.</summary>
    public static bool SameSpeaker(Quote quote, Quote gold) =>
        string.Equals(quote.Speaker?.Name, gold.Speaker?.Name, StringComparison.Ordinal);
}
