using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Dates;

/// <summary>
/// Finds DATE mentions and resolves them against the document's date: full dates (<c>le 1er mars 2019</c>,
/// <c>22.10.2024</c>, <c>October 21, 2024</c>), days and months (<c>le 19 juin</c>, <c>21 October</c>), weekdays
/// (<c>vendredi</c>, <c>last Friday</c>), months and years (<c>en août</c>, <c>March last year</c>,
/// <c>mid-1990s</c>). Runs before the quantity stage, so that a date's numbers are not taken for amounts;
/// never overlaps earlier entities.
/// </summary>
internal sealed class DateRecognizer : IDocumentStage
{
    public void Process(DocumentContext document)
    {
        CalendarWords words = CalendarWords.For(document.ModelLanguage);
        foreach (Sentence sentence in document.Sentences)
        {
            document.ThrowIfCancellationRequested();
            var scanner = new DateScanner(document, sentence, words);
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                i = scanner.Scan(i);
            }
        }
    }
}
