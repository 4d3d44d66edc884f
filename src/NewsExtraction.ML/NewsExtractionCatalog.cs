using Microsoft.ML;
using Microsoft.ML.Data;
using NewsExtraction.ML.Mapping;

namespace NewsExtraction.ML;

/// <summary>NewsExtraction's transforms in ML.NET's catalog: <c>mlContext.Transforms.Text.ExtractNews(...)</c>.</summary>
public static class NewsExtractionCatalog
{
    /// <summary>
    /// Extracts the people, organisations, countries, places, quantities and quotes of a text column of French or
    /// English news (the language is identified per row) into the columns named in <see cref="NewsColumns"/>, after
    /// the options' prefix.
    /// </summary>
    /// <remarks>
    /// The fitted transformer is saved and loaded with the model (<c>mlContext.Model.Save</c>/<c>Load</c>); before
    /// loading in a new process, register this assembly:
    /// <c>mlContext.ComponentCatalog.RegisterAssembly(typeof(NewsExtractionCatalog).Assembly)</c>. Rows are extracted
    /// in parallel when ML.NET reads them on several threads, by one extractor shared for the whole process.
    /// </remarks>
    /// <param name="catalog">ML.NET's text transforms (<c>mlContext.Transforms.Text</c>).</param>
    /// <param name="inputColumnName">The text column.</param>
    /// <param name="options">The column prefix, stages and entity types; <see langword="null"/> for the defaults (no prefix, everything).</param>
    /// <returns>An estimator whose transformer adds the news columns and keeps every input column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/>, <paramref name="inputColumnName"/> or the prefix is null.</exception>
    public static EstimatorChain<ITransformer> ExtractNews(this TransformsCatalog.TextTransforms catalog, string inputColumnName = "Text", ExtractNewsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(inputColumnName);
        options ??= new ExtractNewsOptions();
        ArgumentNullException.ThrowIfNull(options.ColumnPrefix);
        // The text catalog does not expose its context; the transforms below keep no state of it but its log.
        TransformsCatalog transforms = new MLContext().Transforms;
        string prefix = NewsMappingFactory.Prefix;
        string encoded = MappingOptions.Encode(options);
        EstimatorChain<ITransformer> chain = new EstimatorChain<ITransformer>()
            .Append<ITransformer>(transforms.CopyColumns(prefix + "Text", inputColumnName))
            // The options travel in the model as a constant column, read back by the mapping when the model is loaded.
            .Append<ITransformer>(transforms.Expression(prefix + "Options", $"x : \"{encoded}\"", prefix + "Text"))
            .Append<ITransformer>(transforms.CustomMapping<NewsRow, NewsFeatures>(NewsMappingFactory.Map, NewsMappingFactory.ContractName));
        var names = new List<string> { prefix + "Text", prefix + "Options" };
        foreach (string column in NewsColumns.All)
        {
            chain = chain.Append<ITransformer>(transforms.CopyColumns(options.ColumnPrefix + column, prefix + column));
            names.Add(prefix + column);
        }
        return chain.Append<ITransformer>(transforms.DropColumns([.. names]));
    }
}
