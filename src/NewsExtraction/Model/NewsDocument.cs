namespace NewsExtraction;

/// <summary>One document of a batch given to <see cref="NewsExtractor.ExtractAllAsync"/>.</summary>
/// <param name="Id">The caller's identifier, copied to the document's <see cref="NewsDocumentResult"/>.</param>
/// <param name="Text">The document's text.</param>
/// <param name="Language">The document's language, or <see langword="null"/> to identify it.</param>
public sealed record NewsDocument(string Id, string Text, Language? Language = null);
