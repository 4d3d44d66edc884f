using NewsExtraction.Pipeline;

namespace NewsExtraction.Names;

/// <summary>Gives PERSON and ORGANIZATION mentions that refer to one entity a shared canonical name.</summary>
internal sealed class CanonicalNames : IDocumentStage
{
    public void Process(DocumentContext document)
    {
    }
}
