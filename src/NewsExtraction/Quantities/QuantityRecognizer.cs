using NewsExtraction.Pipeline;

namespace NewsExtraction.Quantities;

/// <summary>Finds QUANTITY mentions and their normalised values.</summary>
internal sealed class QuantityRecognizer : IDocumentStage
{
    public void Process(DocumentContext document)
    {
    }
}
