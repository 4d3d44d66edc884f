using NewsExtraction.Pipeline;

namespace NewsExtraction.Quotes;

/// <summary>Finds quotes and attributes them to their speakers.</summary>
internal sealed class QuoteExtractor : IDocumentStage
{
    public void Process(DocumentContext document)
    {
    }
}
