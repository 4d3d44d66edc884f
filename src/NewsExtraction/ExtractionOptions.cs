using System.Collections.Frozen;

namespace NewsExtraction;

/// <summary>Chooses what <see cref="NewsExtractor"/> does. The defaults run every stage and report every entity type.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The default options.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>The stages to run. Default: <see cref="ExtractionStages.All"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value with bits that name no stage.</exception>
    public ExtractionStages Stages
    {
        get;
        init => field = (value & ~ExtractionStages.All) == 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(Stages), value, $"{(int)value} is not a combination of ExtractionStages.");
    } = ExtractionStages.All;

    /// <summary>
    /// The entity types to report; <see langword="null"/> (the default) reports all of them. The set is copied when
    /// the options are made: changing the caller's set afterwards changes nothing.
    /// </summary>
    public IReadOnlySet<EntityType>? EntityTypes { get; init => field = value?.ToFrozenSet(); }

    /// <summary>The language to assume when identification finds neither French nor English. Default: French.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to anything but French or English.</exception>
    public Language FallbackLanguage
    {
        get;
        init => field = value is Language.French or Language.English ? value
            : throw new ArgumentOutOfRangeException(nameof(FallbackLanguage), value, "The fallback language must be French or English.");
    } = Language.French;

    /// <summary>
    /// Entity models to use instead of the embedded ones, by language (e.g. a fine-tuned French model:
    /// <c>{ [Language.French] = NerModel.Load("fr-tuned.ner") }</c>); a language not given uses its embedded model.
    /// <see langword="null"/> (the default) uses the embedded models. Each model must be of the language it is given for
    /// (French or English), or <see cref="NewsExtractor"/>'s constructor throws <see cref="Entities.NerModelException"/>.
    /// The map is copied when the options are made.
    /// </summary>
    public IReadOnlyDictionary<Language, Entities.NerModel>? EntityModels { get; init => field = value?.ToFrozenDictionary(); }
}
