namespace NewsExtraction;

/// <summary>One document of a batch given to <see cref="NewsExtractor.ExtractAllAsync"/>.</summary>
/// <param name="Id">The caller's identifier, copied to the document's <see cref="NewsDocumentResult"/>.</param>
/// <param name="Text">The document's text.</param>
/// <param name="Language">The document's language, or <see langword="null"/> to identify it.</param>
/// <param name="Date">
/// The day the document was published or reports on, against which its DATE mentions resolve (<c>vendredi</c>,
/// <c>le 19 juin</c>); <see langword="null"/> when unknown, which leaves those mentions' <see cref="Entity.Iso"/> null.
/// </param>
/// <exception cref="ArgumentNullException"><paramref name="Id"/> or <paramref name="Text"/> is null.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Language"/> is not a named <see cref="NewsExtraction.Language"/>.</exception>
public sealed record NewsDocument(string Id, string Text, Language? Language = null, DateOnly? Date = null)
{
    /// <summary>The caller's identifier, copied to the document's <see cref="NewsDocumentResult"/>; never null.</summary>
    public string Id { get; init => field = NotNull(value, nameof(Id)); } = NotNull(Id, nameof(Id));

    /// <summary>The document's text; never null.</summary>
    public string Text { get; init => field = NotNull(value, nameof(Text)); } = NotNull(Text, nameof(Text));

    /// <summary>The document's language, or <see langword="null"/> to identify it.</summary>
    public Language? Language { get; init => field = Defined(value); } = Defined(Language);

    private static string NotNull(string value, string name) => value ?? throw new ArgumentNullException(name);

    private static Language? Defined(Language? language)
    {
        if (language is { } given)
        {
            LanguageCodes.ThrowIfUndefined(given, nameof(Language));
        }
        return language;
    }
}
