namespace NewsExtraction.Pipeline;

/// <summary>One stage of the extraction pipeline: reads what earlier stages left in the document and adds its own layer.</summary>
/// <remarks>Implementations are immutable after construction and safe to run on many documents at once.</remarks>
internal interface IDocumentStage
{
    /// <summary>Adds this stage's layer to <paramref name="document"/>.</summary>
    void Process(DocumentContext document);
}
