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
            ReadOnlySpan<QuoteSpan> found = spans.AsSpan(0, count);
            for (int i = 0; i < count; i++)
            {
                if (IsSpeech(document, found, i, attributions[i]))
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

    // Marks around a few words are often no speech: a name, a term the article keeps in marks ("gilets jaunes"),
    // scare quotes. Speech has a cue or a speaker, or is long enough to be a statement.
    private static bool IsSpeech(DocumentContext document, ReadOnlySpan<QuoteSpan> quotes, int i, Attribution attribution)
    {
        QuoteSpan quote = quotes[i];
        if (attribution.CueFirst < 0 && IsName(document, quote))
        {
            return false;
        }
        if (quote.Form != QuoteForm.Marked || WordCount(document, quote, TermWords + 1) > TermWords)
        {
            return true;
        }
        if (attribution.CueFirst < 0 && quote.OpenToken > 0 && QuoteLexicon.Lookup(document.TokenText(quote.OpenToken - 1)).Is(WordTraits.NamingNoun))
        {
            // la loi « anticasseurs »: the name of the law, not words of its authors ("il a qualifié la loi
            // « d'inique »" has a cue and stays speech).
            return false;
        }
        // Quoted again: in the headline and the body it is speech ("dénonce une « décision injustifiée »"), throughout
        // the article or with no cue of its own a term.
        int repeats = Repeats(document, quotes, i);
        return attribution.CueFirst >= 0 ? repeats < 2 : attribution.Speaker.IsNamed && repeats == 0;
    }

    // The most words of a term in marks: "gilets jaunes", "the undercard debate".
    private const int TermWords = 3;

    // How far to look, in quotes either side, for the same term in marks again: a term runs through an article.
    private const int TermWindow = 64;

    // How many times the same few words are quoted elsewhere in the document (two at most).
    private static int Repeats(DocumentContext document, ReadOnlySpan<QuoteSpan> quotes, int i)
    {
        ReadOnlySpan<char> term = TermText(document, quotes[i]);
        int repeats = 0;
        for (int j = Math.Max(0, i - TermWindow); j < quotes.Length && j <= i + TermWindow && repeats < 2; j++)
        {
            if (j != i && quotes[j].Form == QuoteForm.Marked && SameTerm(TermText(document, quotes[j]), term))
            {
                repeats++;
            }
        }
        return repeats;
    }

    // "gilet jaune" and "Gilets jaunes": the same words but for case and a plural ending.
    private static bool SameTerm(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        while (true)
        {
            int i = a.IndexOf(' '), j = b.IndexOf(' ');
            ReadOnlySpan<char> x = i < 0 ? a : a[..i], y = j < 0 ? b : b[..j];
            if (!QuoteLexicon.Singular(x).Equals(QuoteLexicon.Singular(y), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            if (i < 0 || j < 0)
            {
                return i < 0 && j < 0;
            }
            a = a[(i + 1)..];
            b = b[(j + 1)..];
        }
    }

    private static ReadOnlySpan<char> TermText(DocumentContext document, QuoteSpan quote) =>
        document.Text.AsSpan(quote.Start, quote.End - quote.Start).TrimEnd(".,;:!?");

    private static int WordCount(DocumentContext document, QuoteSpan quote, int limit)
    {
        int words = 0;
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int j = quote.OpenToken + 1; j < quote.CloseToken && words < limit; j++)
        {
            words += tokens[j].Kind is TokenKind.Punctuation or TokenKind.QuotationMark or TokenKind.Symbol ? 0 : 1;
        }
        return words;
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
