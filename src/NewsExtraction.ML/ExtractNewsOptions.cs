namespace NewsExtraction.ML;

/// <summary>
/// What <see cref="NewsExtractionCatalog.ExtractNews(Microsoft.ML.TransformsCatalog.TextTransforms, string, ExtractNewsOptions)"/>
/// extracts and how it names its columns. Saved with the fitted model.
/// </summary>
public sealed record ExtractNewsOptions
{
    /// <summary>Put before every output column's name: <c>"News"</c> gives <c>NewsPersons</c>, <c>NewsCountries</c>… Default: none.</summary>
    public string ColumnPrefix { get; init; } = "";

    /// <summary>
    /// The extraction stages to run. A column whose stage does not run stays empty (<see cref="ExtractionStages.Quotes"/>
    /// off: <c>QuoteCount</c> is 0). Default: <see cref="ExtractionStages.All"/>.
    /// </summary>
    public ExtractionStages Stages { get; init; } = ExtractionStages.All;

    /// <summary>The entity types to report; the columns of the others stay empty. <see langword="null"/> (the default): all.</summary>
    public IReadOnlySet<EntityType>? EntityTypes { get; init; }
}
