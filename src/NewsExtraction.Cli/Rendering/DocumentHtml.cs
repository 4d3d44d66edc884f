using System.Text;
using NewsExtraction.Text;

namespace NewsExtraction.Cli.Rendering;

/// <summary>
/// One document as HTML: its text with each entity highlighted and labelled, each quote set off with its speaker
/// (a link to the speaker's mention) and cue, then a summary. With gold, each mark also says how it compares.
/// </summary>
internal static class DocumentHtml
{
    private readonly record struct Mark(int Start, int End, string Class, string Label, string? Title);

    /// <param name="SpeakerMark">Where the mark the speaker link points to starts, or -1.</param>
    /// <param name="AttributionAt">Where the speaker and cue are shown: after the closing quotation mark.</param>
    private readonly record struct QuoteMark(int Start, int End, Quote Quote, MarkStatus Status, Quote? Gold, bool FromGold, int SpeakerMark = -1, int AttributionAt = -1);

    public static void Append(StringBuilder html, RenderedDocument document, string key)
    {
        IReadOnlyList<Entity> entities = document.Result.Entities;
        List<Mark> marks = EntityMarks(document);
        List<QuoteMark> quotes = QuoteMarks(document);
        LinkSpeakers(quotes, marks);
        marks.Sort((a, b) => a.Start.CompareTo(b.Start));
        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));

        html.Append("<article class=\"document\" id=\"").Append(key).Append("\" lang=\"").Append(document.Result.Language.ToCode()).Append("\">\n<h2>");
        HtmlText.Append(html, document.Id);
        html.Append(" <span class=\"language\">").Append(document.Result.Language.ToCode()).Append("</span></h2>\n<div class=\"text\">");
        AppendText(html, document.Text, marks, quotes, key);
        html.Append("</div>\n");
        DocumentSummary.Append(html, document, entities);
        html.Append("</article>\n");
    }

    private static List<Mark> EntityMarks(RenderedDocument document)
    {
        IReadOnlyList<Entity> entities = document.Result.Entities;
        var marks = new List<Mark>(entities.Count);
        foreach (Entity entity in entities)
        {
            string cls = EntityStyle.ClassOf(entity.Type);
            string label = EntityStyle.LabelOf(entity);
            if (document.Gold is { } gold)
            {
                MarkStatus status = gold.StatusOf(entity, out Entity? expected);
                (cls, label) = status switch
                {
                    MarkStatus.WrongType => (cls + " wrong-type", $"{label} ≠ gold {EntityStyle.NameOf(expected!.Type)}"),
                    MarkStatus.WrongSpan => (cls + " wrong-span", $"{label} ≠ gold span “{expected!.Text}”"),
                    MarkStatus.Spurious => (cls + " spurious", $"{label} ✗ not in gold"),
                    _ => (cls + " correct", label),
                };
            }
            string? title = entity.Canonical is { } canonical && canonical != entity.Text ? canonical : null;
            marks.Add(new Mark(entity.Start, entity.End, cls, label, title));
        }
        if (document.Gold is { } comparison)
        {
            foreach (Entity missed in comparison.MissedEntities(entities))
            {
                if (!Overlaps(marks, missed.Start, missed.End))
                {
                    marks.Add(new Mark(missed.Start, missed.End, EntityStyle.ClassOf(missed.Type) + " missed", "missed " + EntityStyle.LabelOf(missed), missed.Canonical));
                }
            }
        }
        return marks;
    }

    private static List<QuoteMark> QuoteMarks(RenderedDocument document)
    {
        var quotes = new List<QuoteMark>();
        foreach (Quote quote in document.Result.Quotes)
        {
            MarkStatus status = MarkStatus.Unjudged;
            Quote? gold = null;
            if (document.Gold is { } comparison)
            {
                status = comparison.StatusOf(quote, out gold);
            }
            quotes.Add(new QuoteMark(quote.Start, quote.End, quote, status, gold, FromGold: false));
        }
        if (document.Gold is { } goldQuotes)
        {
            foreach (Quote missed in goldQuotes.MissedQuotes(document.Result.Quotes))
            {
                quotes.Add(new QuoteMark(missed.Start, missed.End, missed, MarkStatus.Missed, missed, FromGold: true));
            }
        }
        return quotes;
    }

    /// <summary>
    /// Points each quote's speaker link at the entity over the speaker's mention, or at a mark added for the mention
    /// itself (a pronoun, a description) when no entity covers it.
    /// </summary>
    private static void LinkSpeakers(List<QuoteMark> quotes, List<Mark> marks)
    {
        for (int q = 0; q < quotes.Count; q++)
        {
            if (quotes[q].FromGold || quotes[q].Quote.Speaker is not { } speaker)
            {
                continue;
            }
            int covering = marks.FindIndex(m => m.Start < speaker.End && speaker.Start < m.End);
            if (covering < 0)
            {
                marks.Add(new Mark(speaker.Start, speaker.End, "mention", "speaker", speaker.Name));
                covering = marks.Count - 1;
            }
            quotes[q] = quotes[q] with { SpeakerMark = marks[covering].Start };
        }
    }

    private static void AppendText(StringBuilder html, string text, List<Mark> marks, List<QuoteMark> quotes, string key)
    {
        // Marks never overlap, so a start names one mark: the speaker links find their mark's index by it.
        var markIndexByStart = new Dictionary<int, int>(marks.Count);
        for (int i = 0; i < marks.Count; i++)
        {
            markIndexByStart[marks[i].Start] = i;
        }
        for (int q = 0; q < quotes.Count; q++)
        {
            quotes[q] = quotes[q] with { AttributionAt = AfterClosingMark(text, quotes[q].End) };
        }
        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (Mark mark in marks)
        {
            boundaries.Add(Math.Clamp(mark.Start, 0, text.Length));
            boundaries.Add(Math.Clamp(mark.End, 0, text.Length));
        }
        foreach (QuoteMark quote in quotes)
        {
            boundaries.Add(Math.Clamp(quote.Start, 0, text.Length));
            boundaries.Add(Math.Clamp(quote.End, 0, text.Length));
            boundaries.Add(quote.AttributionAt);
        }
        int openMark = -1, openQuote = -1, nextMark = 0, nextQuote = 0, pendingAttribution = -1;
        int previous = -1;
        foreach (int boundary in boundaries)
        {
            if (previous >= 0 && boundary > previous)
            {
                while (nextMark < marks.Count && marks[nextMark].End <= previous)
                {
                    nextMark++;
                }
                while (nextQuote < quotes.Count && quotes[nextQuote].End <= previous)
                {
                    nextQuote++;
                }
                int mark = nextMark < marks.Count && marks[nextMark].Start <= previous ? nextMark : -1;
                int quote = nextQuote < quotes.Count && quotes[nextQuote].Start <= previous ? nextQuote : -1;
                if (pendingAttribution >= 0 && previous >= quotes[pendingAttribution].AttributionAt)
                {
                    CloseMark(html, marks, openMark, previous);
                    openMark = -1;
                    Attribution(html, quotes[pendingAttribution], markIndexByStart, key);
                    pendingAttribution = -1;
                }
                if (mark != openMark || quote != openQuote)
                {
                    CloseMark(html, marks, openMark, previous);
                    if (quote != openQuote)
                    {
                        if (openQuote >= 0)
                        {
                            html.Append("</span>");
                            pendingAttribution = openQuote;
                        }
                        if (pendingAttribution >= 0 && (quote >= 0 || previous >= quotes[pendingAttribution].AttributionAt))
                        {
                            Attribution(html, quotes[pendingAttribution], markIndexByStart, key);
                            pendingAttribution = -1;
                        }
                        OpenQuote(html, quotes, quote, key);
                    }
                    OpenMark(html, marks, mark, previous, key);
                    (openMark, openQuote) = (mark, quote);
                }
                HtmlText.Append(html, text.AsSpan(previous, boundary - previous));
            }
            previous = boundary;
        }
        CloseMark(html, marks, openMark, text.Length);
        if (openQuote >= 0)
        {
            html.Append("</span>");
            pendingAttribution = openQuote;
        }
        if (pendingAttribution >= 0)
        {
            Attribution(html, quotes[pendingAttribution], markIndexByStart, key);
        }
    }

    /// <summary>The offset after the quotation mark (and the spaces before it) that closes a quote ending at <paramref name="end"/>.</summary>
    private static int AfterClosingMark(string text, int end)
    {
        int i = Math.Clamp(end, 0, text.Length);
        while (i < text.Length && text[i] is ' ' or '\u00A0' or '\u202F')
        {
            i++;
        }
        return i < text.Length && (Tokenizer.IsQuotationMark(text[i]) || Tokenizer.IsApostrophe(text[i])) ? i + 1 : Math.Clamp(end, 0, text.Length);
    }

    private static void OpenMark(StringBuilder html, List<Mark> marks, int index, int at, string key)
    {
        if (index < 0)
        {
            return;
        }
        Mark mark = marks[index];
        html.Append("<mark class=\"entity ").Append(mark.Class).Append('"');
        if (at == mark.Start)
        {
            html.Append(" id=\"").Append(key).Append("-m").Append(index).Append('"');
        }
        if (mark.Title is not null)
        {
            html.Append(" title=\"");
            HtmlText.Append(html, mark.Title);
            html.Append('"');
        }
        html.Append('>');
    }

    private static void CloseMark(StringBuilder html, List<Mark> marks, int index, int at)
    {
        if (index < 0)
        {
            return;
        }
        if (at >= marks[index].End)
        {
            html.Append("<span class=\"label\">");
            HtmlText.Append(html, marks[index].Label);
            html.Append("</span>");
        }
        html.Append("</mark>");
    }

    private static void OpenQuote(StringBuilder html, List<QuoteMark> quotes, int index, string key)
    {
        if (index < 0)
        {
            return;
        }
        html.Append("<span class=\"quote").Append(StatusClass(quotes[index].Status)).Append("\" id=\"").Append(key).Append("-q").Append(index).Append("\">");
    }

    private static void Attribution(StringBuilder html, QuoteMark quote, Dictionary<int, int> markIndexByStart, string key)
    {
        html.Append("<span class=\"attribution\">— ");
        if (quote.FromGold)
        {
            html.Append("missed quote; gold speaker: ");
            HtmlText.Append(html, quote.Quote.Speaker?.Name ?? "none");
        }
        else
        {
            if (quote.Quote.Speaker is { } speaker && markIndexByStart.TryGetValue(quote.SpeakerMark, out int target))
            {
                html.Append("<a class=\"speaker\" href=\"#").Append(key).Append("-m").Append(target).Append("\">");
                HtmlText.Append(html, speaker.Name);
                html.Append("</a>");
            }
            else
            {
                html.Append("<span class=\"no-speaker\">no speaker</span>");
            }
            if (quote.Quote.Cue is { } cue)
            {
                html.Append(" <span class=\"cue\">");
                HtmlText.Append(html, cue);
                html.Append("</span>");
            }
            if (quote.Status == MarkStatus.Spurious)
            {
                html.Append(" <span class=\"gold-note\">✗ not a quote in gold</span>");
            }
            else if (quote.Gold is { } gold)
            {
                if (quote.Status == MarkStatus.WrongSpan)
                {
                    html.Append(" <span class=\"gold-note\">≠ gold span “");
                    HtmlText.Append(html, gold.Text);
                    html.Append("”</span>");
                }
                if (!GoldComparison.SameSpeaker(quote.Quote, gold))
                {
                    html.Append(" <span class=\"gold-note\">≠ gold speaker ");
                    HtmlText.Append(html, gold.Speaker?.Name ?? "none");
                    html.Append("</span>");
                }
            }
        }
        html.Append("</span>");
    }

    private static string StatusClass(MarkStatus status) => status switch
    {
        MarkStatus.Correct => " correct",
        MarkStatus.Spurious => " spurious",
        MarkStatus.WrongSpan => " wrong-span",
        MarkStatus.Missed => " missed",
        _ => "",
    };

    private static bool Overlaps(List<Mark> marks, int start, int end)
    {
        foreach (Mark mark in marks)
        {
            if (mark.Start < end && start < mark.End)
            {
                return true;
            }
        }
        return false;
    }
}
