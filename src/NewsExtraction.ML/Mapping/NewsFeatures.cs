using Microsoft.ML.Data;

namespace NewsExtraction.ML.Mapping;

/// <summary>The output of the saved custom mapping, copied to the user's column names by the estimator.</summary>
internal sealed class NewsFeatures
{
    [ColumnName(NewsMappingFactory.Prefix + NewsColumns.Persons)]
    public string[] Persons { get; set; } = [];

    [ColumnName(NewsMappingFactory.Prefix + NewsColumns.Organizations)]
    public string[] Organizations { get; set; } = [];

    [ColumnName(NewsMappingFactory.Prefix + NewsColumns.Countries)]
    public string[] Countries { get; set; } = [];

    [ColumnName(NewsMappingFactory.Prefix + NewsColumns.Locations)]
    public string[] Locations { get; set; } = [];

    [ColumnName(NewsMappingFactory.Prefix + NewsColumns.Quantities)]
    public float[] Quantities { get; set; } = [];

    [ColumnName(NewsMappingFactory.Prefix + NewsColumns.QuoteCount)]
    public float QuoteCount { get; set; }
}
