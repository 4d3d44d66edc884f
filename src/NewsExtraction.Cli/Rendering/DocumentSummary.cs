using System.Text;

namespace NewsExtraction.Cli.Rendering;

/// <summary>What a reader wants at a glance under a document: who and what it names, who is quoted how often, and with gold, the error counts.</summary>
internal static class DocumentSummary
{
    public static void Append(StringBuilder html, RenderedDocument document, IReadOnlyList<Entity> entities)
    {
        html.Append("<section class=\"summary\">\n<dl>\n");
        Row(html, "People", entities.Where(e => e.Type == EntityType.Person).Select(e => e.Canonical ?? e.Text));
        Row(html, "Organisations", entities.Where(e => e.Type == EntityType.Organization).Select(e => e.Canonical ?? e.Text));
        Row(html, "Countries", entities.Where(e => e.Type == EntityType.Country).Select(e => e.Iso2 is null ? e.Canonical ?? e.Text : $"{e.Canonical ?? e.Text} {e.Iso2}"));
        Row(html, "Places", entities.Where(e => e.Type == EntityType.Location).Select(e => e.Canonical ?? e.Text));
        Row(html, "Quotes per speaker", document.Result.Quotes.Select(q => q.Speaker?.Name ?? "no speaker"));
        html.Append("</dl>\n");
        if (document.Gold is { } gold)
        {
            AppendGold(html, document, gold);
        }
        html.Append("</section>\n");
    }

    private static void Row(StringBuilder html, string title, IEnumerable<string> names)
    {
        var counted = names.GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        html.Append("<dt>").Append(title).Append("</dt><dd>");
        if (counted.Count == 0)
        {
            html.Append("<span class=\"none\">none</span>");
        }
        for (int i = 0; i < counted.Count; i++)
        {
            html.Append(i == 0 ? "" : ", ");
            HtmlText.Append(html, counted[i].Key);
            if (counted[i].Count() > 1)
            {
                html.Append(" (").Append(counted[i].Count()).Append(')');
            }
        }
        html.Append("</dd>\n");
    }

    private static void AppendGold(StringBuilder html, RenderedDocument document, GoldComparison gold)
    {
        IReadOnlyList<Entity> entities = document.Result.Entities;
        var counts = new int[Enum.GetValues<MarkStatus>().Length];
        foreach (Entity entity in entities)
        {
            counts[(int)gold.StatusOf(entity, out _)]++;
        }
        List<Entity> missed = [.. gold.MissedEntities(entities)];
        int quotesFound = 0, speakersRight = 0;
        foreach (Quote quote in document.Result.Quotes)
        {
            if (gold.StatusOf(quote, out Quote? expected) != MarkStatus.Spurious)
            {
                quotesFound++;
                speakersRight += GoldComparison.SameSpeaker(quote, expected!) ? 1 : 0;
            }
        }
        html.Append("<p class=\"gold-summary\">Against the gold: entities ")
            .Append(counts[(int)MarkStatus.Correct]).Append(" correct, ")
            .Append(counts[(int)MarkStatus.Spurious]).Append(" spurious, ")
            .Append(counts[(int)MarkStatus.WrongType]).Append(" wrong type, ")
            .Append(counts[(int)MarkStatus.WrongSpan]).Append(" wrong span, ")
            .Append(missed.Count).Append(" missed; quotes ")
            .Append(quotesFound).Append(" of ").Append(gold.Quotes.Count).Append(" found (")
            .Append(document.Result.Quotes.Count - quotesFound).Append(" spurious), ")
            .Append(speakersRight).Append(" with the gold's speaker.</p>\n");
        // Missed entities that overlap an extracted one cannot be marked on the text: list them.
        List<Entity> hidden = [.. missed.Where(m => entities.Any(e => e.Start < m.End && m.Start < e.End))];
        if (hidden.Count > 0)
        {
            html.Append("<ul class=\"errors\">\n");
            foreach (Entity entity in hidden)
            {
                html.Append("<li>gold ").Append(EntityStyle.NameOf(entity.Type)).Append(" “");
                HtmlText.Append(html, entity.Text);
                html.Append("” [").Append(entity.Start).Append("..").Append(entity.End).Append(") was extracted with other bounds or type</li>\n");
            }
            html.Append("</ul>\n");
        }
    }
}
