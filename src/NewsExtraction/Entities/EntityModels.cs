namespace NewsExtraction.Entities;

/// <summary>The entity model an extractor uses for each language: the ones its options give, the embedded ones for the rest.</summary>
internal sealed class EntityModels
{
    private readonly NerModel? _french;
    private readonly NerModel? _english;

    private EntityModels(NerModel? french, NerModel? english) => (_french, _english) = (french, english);

    /// <summary>The embedded models only.</summary>
    public static EntityModels Embedded { get; } = new(null, null);

    /// <summary>The models of <see cref="ExtractionOptions.EntityModels"/>, checked: each must be of the language it is given for.</summary>
    /// <exception cref="NerModelException">A model is given for another language than its own, or for <see cref="Language.Unknown"/>.</exception>
    public static EntityModels From(IReadOnlyDictionary<Language, NerModel>? models)
    {
        if (models is null || models.Count == 0)
        {
            return Embedded;
        }
        foreach ((Language language, NerModel model) in models)
        {
            ArgumentNullException.ThrowIfNull(model, nameof(models));
            if (language is not (Language.French or Language.English) || model.Language != language)
            {
                throw new NerModelException($"The entity model given for {language} is a {model.Language} model.");
            }
        }
        return new(models.GetValueOrDefault(Language.French), models.GetValueOrDefault(Language.English));
    }

    /// <summary>The model for <paramref name="language"/> (French for <see cref="Language.Unknown"/>).</summary>
    public NerModel For(Language language) => language == Language.English
        ? _english ?? NerModel.LoadEmbedded(Language.English)
        : _french ?? NerModel.LoadEmbedded(Language.French);
}
