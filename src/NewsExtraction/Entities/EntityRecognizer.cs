using NewsExtraction.Pipeline;

namespace NewsExtraction.Entities;

/// <summary>Tags PERSON, ORGANIZATION and LOCATION with the language's entity model.</summary>
internal sealed class EntityRecognizer : IDocumentStage
{
    public void Process(DocumentContext document)
    {
    }
}
