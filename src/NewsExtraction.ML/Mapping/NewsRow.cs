using Microsoft.ML.Data;

namespace NewsExtraction.ML.Mapping;

/// <summary>The input of the saved custom mapping: the text and the options it was fitted with.</summary>
internal sealed class NewsRow
{
    /// <summary>A copy of the user's text column, under a name of our own.</summary>
    [ColumnName(NewsMappingFactory.Prefix + "Text")]
    public string? Text { get; set; }

    /// <summary>The options, as <see cref="MappingOptions.Encode"/> wrote them into the model.</summary>
    [ColumnName(NewsMappingFactory.Prefix + "Options")]
    public string? Options { get; set; }
}
