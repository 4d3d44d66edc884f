using System.Buffers;
using NewsExtraction.Pipeline;

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
        try
        {
            int count = QuoteFinder.Find(document, ref spans);
            if (count == 0)
            {
                return;
            }
            attributions = ArrayPool<Attribution>.Shared.Rent(count);
            var attributor = new SpeakerAttributor(document, spans.AsSpan(0, count), attributions.AsSpan(0, count));
            attributor.Attribute();
            for (int i = 0; i < count; i++)
            {
                document.Quotes.Add(ToQuote(document, spans[i], attributions[i], attributor));
            }
        }
        finally
        {
            ArrayPool<QuoteSpan>.Shared.Return(spans);
            if (attributions is not null)
            {
                ArrayPool<Attribution>.Shared.Return(attributions);
            }
        }
    }

    private static Quote ToQuote(DocumentContext document, QuoteSpan span, Attribution attribution, SpeakerAttributor attributor)
    {
        string text = document.Text;
        SpeakerReference speaker = attribution.Speaker;
        return new Quote
        {
            Start = span.Start,
            End = span.End,
            Text = text[span.Start..span.End],
            Cue = attribution.CueFirst < 0 ? null : text[document.Tokens[attribution.CueFirst].Start..document.Tokens[attribution.CueLast].End],
            Speaker = !speaker.IsNamed ? null : new Speaker
            {
                Start = speaker.Start,
                End = speaker.End,
                Text = text[speaker.Start..speaker.End],
                Name = attributor.Name(speaker).ToString(),
            },
        };
    }
}
