namespace NewsExtraction;

/// <summary>One document of a batch given to <see cref="NewsExtractor.ExtractAllAsync"/>.</summary>
/// <param name="Id">The caller's identifier, copied to the document's <see cref="NewsDocumentResult"/>.</param>
/// <param name="Text">The document's text.</param>
/// <param name="Language">The document's language, or <see langword="null"/> to identify it.</param>
/// <param name="Date">
/// The day the document was published or reports on, against which its DATE mentions resolve (<c>vendredi</c>,
/// <c>le 19 juin</c>); <see langword="null"/> when unknown, which leaves those mentions' <see cref="Entity.Iso"/> null.
/// </param>
public sealed record NewsDocument(string Id, string Text, Language? Language = null, DateOnly? Date = null);
