using System.Buffers;
using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Quotes;

/// <summary>
/// Finds the quotes of a document and who said them (<see cref="QuoteFinder"/>, <see cref="SpeakerAttributor"/>),
/// from the entities of the earlier stages, and adds them to the document. Runs last.
/// </summary>
internal sealed class QuoteExtractor : IDocumentStage
{
    public void Process(DocumentContext document)
    {
        QuoteSpan[] spans = ArrayPool<QuoteSpan>.Shared.Rent(16);
        Attribution[]? attributions = null;
        WordInfo?[]? words = null;
        try
        {
            int count = QuoteFinder.Find(document, ref spans);
            if (count == 0)
            {
                return;
            }
            attributions = ArrayPool<Attribution>.Shared.Rent(count);
            words = ArrayPool<WordInfo?>.Shared.Rent(document.TokenCount);
            new SpeakerAttributor(document, spans.AsSpan(0, count), attributions.AsSpan(0, count), words.AsSpan(0, document.TokenCount)).Attribute();
            for (int i = 0; i < count; i++)
            {
                if (attributions[i].CueFirst >= 0 || !IsName(document, spans[i]))
                {
                    document.Quotes.Add(ToQuote(document, spans[i], attributions[i]));
                }
            }
        }
        finally
        {
            ArrayPool<QuoteSpan>.Shared.Return(spans);
            if (attributions is not null)
            {
                ArrayPool<Attribution>.Shared.Return(attributions);
            }
            if (words is not null)
            {
                ArrayPool<WordInfo?>.Shared.Return(words);
            }
        }
    }

    // les missiles « Kinjal », the "Iron Dome": a few capitalised words that no cue introduces name something.
    private static bool IsName(DocumentContext document, QuoteSpan span)
    {
        if (span.Form != QuoteForm.Marked)
        {
            return false;
        }
        int words = 0;
        for (int j = span.OpenToken + 1; j < span.CloseToken; j++)
        {
            ReadOnlySpan<char> word = document.TokenText(j);
            bool capitalised = char.IsUpper(word[0]) || char.IsDigit(word[0]);
            if (document.Tokens[j].Kind == TokenKind.Punctuation || ++words > 5
                || !(capitalised || (words > 1 && QuoteLexicon.Lookup(word).Is(WordTraits.Preposition | WordTraits.DefiniteDeterminer | WordTraits.Conjunction))))
            {
                return false;
            }
        }
        return words > 0;
    }

    private static Quote ToQuote(DocumentContext document, QuoteSpan span, Attribution attribution)
    {
        string text = document.Text;
        SpeakerReference speaker = attribution.Speaker;
        string? speakerText = speaker.IsNamed ? text[speaker.Start..speaker.End] : null;
        return new Quote
        {
            Start = span.Start,
            End = span.End,
            Text = text[span.Start..span.End],
            Cue = attribution.CueFirst < 0 ? null : text[document.Tokens[attribution.CueFirst].Start..document.Tokens[attribution.CueLast].End],
            Speaker = speakerText is null ? null : new Speaker
            {
                Start = speaker.Start,
                End = speaker.End,
                Text = speakerText,
                Name = speaker.Entity < 0 ? speakerText : EntityName(document, document.Entities[speaker.Entity], speakerText),
            },
        };
    }

    // The entity's canonical name, else its text: the speaker's own string when the speaker is the whole mention.
    private static string EntityName(DocumentContext document, in EntityDraft entity, string speakerText) =>
        entity.Canonical ?? (document.TextOf(entity).SequenceEqual(speakerText) ? speakerText : document.Text[entity.Start..entity.End]);
}
