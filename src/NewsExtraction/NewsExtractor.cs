using NewsExtraction.Countries;
using NewsExtraction.Dates;
using NewsExtraction.Entities;
using NewsExtraction.Names;
using NewsExtraction.Pipeline;
using NewsExtraction.Quantities;
using NewsExtraction.Quotes;
using NewsExtraction.Text;

namespace NewsExtraction;

/// <summary>
/// The entry point: extracts people, countries, organisations, places, quantities, dates and quotes from French
/// and English news text. Create one and share it; <see cref="Extract(string, Language?)"/> and its overloads are safe to call from many threads at once.
/// </summary>
/// <example>
/// <code>
/// var extractor = new NewsExtractor();
/// ExtractionResult result = extractor.Extract("Mark Rutte a déclaré : « Nous sommes prêts. »");
/// foreach (Entity e in result.Entities) Console.WriteLine($"{e.Type} {e.Text}");
/// </code>
/// </example>
public sealed class NewsExtractor
{
    private readonly IDocumentStage[] _stages;
    private readonly LanguageIdentifier _languageIdentifier = LanguageIdentifier.Default;
    private readonly EntityModels _entityModels;

    /// <summary>Creates an extractor with the models embedded in the library.</summary>
    /// <remarks>
    /// Models load on first need. The first extractor of a process also starts preparing the stages other than
    /// entity recognition on a thread-pool thread, so that the first document waits for one load, not all of them.
    /// </remarks>
    /// <param name="options">What to extract; <see langword="null"/> for <see cref="ExtractionOptions.Default"/>.</param>
    /// <exception cref="NerModelException">A model of <see cref="ExtractionOptions.EntityModels"/> is given for another language than its own.</exception>
    public NewsExtractor(ExtractionOptions? options = null)
    {
        Options = options ?? ExtractionOptions.Default;
        _entityModels = EntityModels.From(Options.EntityModels);
        _stages = CreateStages(Options.Stages);
        StageWarmUp.Start(_stages);
    }

    /// <summary>The pipeline's stages for <paramref name="stages"/>, in the order they run.</summary>
    internal static IDocumentStage[] CreateStages(ExtractionStages stages)
    {
        var list = new List<IDocumentStage>();
        if (stages.HasFlag(ExtractionStages.Entities))
        {
            list.Add(new EntityRecognizer());
        }
        if (stages.HasFlag(ExtractionStages.Countries))
        {
            list.Add(new OrganizationTagger());
            list.Add(new CountryResolver());
        }
        if (stages.HasFlag(ExtractionStages.Dates))
        {
            list.Add(new DateRecognizer()); // before quantities: the numbers of a date are not amounts
        }
        if (stages.HasFlag(ExtractionStages.Quantities))
        {
            list.Add(new QuantityRecognizer());
        }
        if (stages.HasFlag(ExtractionStages.Countries))
        {
            list.Add(new CanonicalNames());
        }
        if (stages.HasFlag(ExtractionStages.Quotes))
        {
            list.Add(new QuoteExtractor());
        }
        return [.. list];
    }

    /// <summary>The options this extractor was created with.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Extracts everything the options ask for from one document.</summary>
    /// <param name="text">The document's text; offsets in the result index it.</param>
    /// <param name="language">
    /// The document's language, or <see langword="null"/> to identify it. A sentence clearly written in the other
    /// language (an English caption in a French article) is still tagged with that language's entity model.
    /// </param>
    /// <remarks>DATE mentions that need the document's date to resolve (<c>vendredi</c>, <c>le 19 juin</c>) get a null
    /// <see cref="Entity.Iso"/>; give the date with <see cref="Extract(string, Language?, DateOnly?, CancellationToken)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a named <see cref="Language"/>.</exception>
    public ExtractionResult Extract(string text, Language? language = null) => Extract(text, language, date: null, CancellationToken.None);

    /// <summary>Extracts everything the options ask for from one document, stopping early when cancelled.</summary>
    /// <param name="text">The document's text; offsets in the result index it.</param>
    /// <param name="language">The document's language, or <see langword="null"/> to identify it.</param>
    /// <param name="cancellationToken">
    /// Checked between stages and, inside them, between sentences: a document of megabytes stops within milliseconds.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a named <see cref="Language"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ExtractionResult Extract(string text, Language? language, CancellationToken cancellationToken) =>
        Extract(text, language, date: null, cancellationToken);

    /// <summary>Extracts everything the options ask for from one document published (or reporting) on <paramref name="date"/>.</summary>
    /// <param name="text">The document's text; offsets in the result index it.</param>
    /// <param name="language">The document's language, or <see langword="null"/> to identify it.</param>
    /// <param name="date">
    /// The day the document was published or reports on. DATE mentions resolve against it: a weekday to the nearest
    /// such day before it (after it when the tense says future), a day and month to the nearest such day.
    /// <see langword="null"/> leaves the <see cref="Entity.Iso"/> of those mentions null.
    /// </param>
    /// <param name="cancellationToken">Checked between stages and, inside them, between sentences.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a named <see cref="Language"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ExtractionResult Extract(string text, Language? language, DateOnly? date, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (language is { } requested)
        {
            LanguageCodes.ThrowIfUndefined(requested, nameof(language));
        }
        cancellationToken.ThrowIfCancellationRequested();
        using var document = new DocumentContext(text, cancellationToken);
        Language lang = language is { } given && given != Language.Unknown ? given : _languageIdentifier.Identify(text);
        document.Language = lang;
        document.ModelLanguage = lang == Language.Unknown ? Options.FallbackLanguage : lang;
        document.EntityModels = _entityModels;
        document.Date = date;
        foreach (IDocumentStage stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document);
        }
        cancellationToken.ThrowIfCancellationRequested();
        return document.ToResult(Options.EntityTypes);
    }

    /// <summary>
    /// Extracts from a stream of documents on several threads and yields their results in input order.
    /// A document that cannot be processed (too long, or failing in a stage) yields a result with an
    /// <see cref="NewsDocumentResult.Error"/> instead of stopping the batch.
    /// </summary>
    /// <remarks>
    /// Documents are read from <paramref name="documents"/> only a few at a time ahead of the result being
    /// consumed, so a feed of any size runs in bounded memory. Stopping the enumeration early, or cancelling,
    /// stops reading and stops the documents in flight (between their sentences) within milliseconds; a source
    /// whose <see cref="IAsyncEnumerator{T}.MoveNextAsync"/> ignores the token is left to finish on its own and
    /// does not hold the caller up.
    /// </remarks>
    /// <param name="documents">The documents; none may be <see langword="null"/>.</param>
    /// <param name="options">Workers and limits; <see langword="null"/> for <see cref="BatchOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the batch; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per document, in the order of <paramref name="documents"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public IAsyncEnumerable<NewsDocumentResult> ExtractAllAsync(
        IAsyncEnumerable<NewsDocument> documents, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        BatchOptions batch = options ?? BatchOptions.Default;
        int maxChars = batch.MaxChars;
        return OrderedParallel.MapAsync(
            documents, (document, stop) => TryExtract(document, maxChars, stop), batch.Workers, batch.Window, cancellationToken);
    }

    /// <summary>Extracts from one document of a batch; any failure but cancellation becomes an error result.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    internal NewsDocumentResult TryExtract(NewsDocument document, int maxChars, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Text.Length > maxChars)
        {
            return NewsDocumentResult.Failure(document.Id, $"document too long: {document.Text.Length:N0} characters, the limit is {maxChars:N0}");
        }
        try
        {
            return NewsDocumentResult.Success(document.Id, Extract(document.Text, document.Language, document.Date, cancellationToken));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // One bad document must not stop a feed of thousands: report it in its place.
            return NewsDocumentResult.Failure(document.Id, $"extraction failed: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
