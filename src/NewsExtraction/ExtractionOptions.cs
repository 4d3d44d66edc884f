namespace NewsExtraction;

/// <summary>Chooses what <see cref="NewsExtractor"/> does. The defaults run every stage and report every entity type.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The default options.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>The stages to run. Default: <see cref="ExtractionStages.All"/>.</summary>
    public ExtractionStages Stages { get; init; } = ExtractionStages.All;

    /// <summary>The entity types to report; <see langword="null"/> (the default) reports all of them.</summary>
    public IReadOnlySet<EntityType>? EntityTypes { get; init; }

    /// <summary>The language to assume when identification finds neither French nor English. Default: French.</summary>
    public Language FallbackLanguage { get; init; } = Language.French;

    /// <summary>
    /// Entity models to use instead of the embedded ones, by language (e.g. a fine-tuned French model:
    /// <c>{ [Language.French] = NerModel.Load("fr-tuned.ner") }</c>); a language not given uses its embedded model.
    /// <see langword="null"/> (the default) uses the embedded models. Each model must be of the language it is given for
    /// (French or English), or <see cref="NewsExtractor"/>'s constructor throws <see cref="Entities.NerModelException"/>.
    /// </summary>
    public IReadOnlyDictionary<Language, Entities.NerModel>? EntityModels { get; init; }
}
