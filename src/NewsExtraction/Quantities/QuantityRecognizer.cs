using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Quantities;

/// <summary>
/// Finds QUANTITY mentions and their normalised values: the amount with the unit or counted noun that follows
/// (<c>12 000 soldats</c>, <c>5 millions de dollars</c>, <c>une dizaine de milliers de soldats</c>, <c>$5m</c>),
/// its value as a number, the unit as written, and whether it is approximate. Never overlaps earlier entities.
/// </summary>
internal sealed class QuantityRecognizer : IDocumentStage
{
    public void Process(DocumentContext document)
    {
        foreach (Sentence sentence in document.Sentences)
        {
            document.ThrowIfCancellationRequested();
            var scanner = new QuantityScanner(document, sentence);
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                i = scanner.Scan(i);
            }
        }
    }
}
