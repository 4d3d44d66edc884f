using NewsExtraction.Countries;
using NewsExtraction.Entities;
using NewsExtraction.Names;
using NewsExtraction.Pipeline;
using NewsExtraction.Quantities;
using NewsExtraction.Quotes;
using NewsExtraction.Text;

namespace NewsExtraction;

/// <summary>
/// The entry point: extracts people, countries, organisations, places, quantities and quotes from French
/// and English news text. Create one and share it; <see cref="Extract"/> is safe to call from many threads at once.
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

    /// <summary>Creates an extractor with the models embedded in the library.</summary>
    /// <param name="options">What to extract; <see langword="null"/> for <see cref="ExtractionOptions.Default"/>.</param>
    public NewsExtractor(ExtractionOptions? options = null)
    {
        Options = options ?? ExtractionOptions.Default;
        ExtractionStages stages = Options.Stages;
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
        _stages = [.. list];
    }

    /// <summary>The options this extractor was created with.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Extracts everything the options ask for from one document.</summary>
    /// <param name="text">The document's text; offsets in the result index it.</param>
    /// <param name="language">The document's language, or <see langword="null"/> to identify it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ExtractionResult Extract(string text, Language? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var document = new DocumentContext(text);
        Language lang = language is { } given && given != Language.Unknown ? given : _languageIdentifier.Identify(text);
        document.Language = lang;
        document.ModelLanguage = lang == Language.Unknown ? Options.FallbackLanguage : lang;
        foreach (IDocumentStage stage in _stages)
        {
            stage.Process(document);
        }
        return document.ToResult(Options.EntityTypes);
    }
}
