using System.Collections.Concurrent;
using Microsoft.ML.Transforms;

namespace NewsExtraction.ML.Mapping;

/// <summary>
/// The custom mapping behind ExtractNews, found by its contract name when a saved model is loaded (after
/// <c>mlContext.ComponentCatalog.RegisterAssembly(typeof(NewsExtractionCatalog).Assembly)</c>).
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class NewsMappingFactory : CustomMappingFactory<NewsRow, NewsFeatures>
{
    public const string ContractName = "NewsExtraction.ExtractNews";

    /// <summary>The names of our intermediate columns start with this, so that they meet none of the user's.</summary>
    public const string Prefix = "NewsExtraction.";

    // One extractor per set of options, shared by every row, cursor and thread (extractors are thread-safe).
    private static readonly ConcurrentDictionary<string, NewsExtractor> Extractors = new(StringComparer.Ordinal);

    public override Action<NewsRow, NewsFeatures> GetMapping() => Map;

    internal static void Map(NewsRow row, NewsFeatures features)
    {
        string text = row.Text ?? "";
        NewsExtractor extractor = Extractors.GetOrAdd(row.Options ?? "", static encoded => new NewsExtractor(MappingOptions.Decode(encoded)));
        ExtractionResult result = extractor.Extract(text);
        var persons = new List<string>();
        var organizations = new List<string>();
        var countries = new List<string>();
        var locations = new List<string>();
        var quantities = new List<float>();
        foreach (Entity entity in result.Entities)
        {
            switch (entity.Type)
            {
                case EntityType.Person:
                    AddOnce(persons, entity.Canonical ?? entity.Text);
                    break;
                case EntityType.Organization:
                    AddOnce(organizations, entity.Canonical ?? entity.Text);
                    break;
                case EntityType.Country when entity.Iso2 is not null:
                    AddOnce(countries, entity.Iso2);
                    break;
                case EntityType.Location:
                    AddOnce(locations, entity.Canonical ?? entity.Text);
                    break;
                case EntityType.Quantity when entity.Value is { } value:
                    quantities.Add((float)value);
                    break;
            }
        }
        features.Persons = [.. persons];
        features.Organizations = [.. organizations];
        features.Countries = [.. countries];
        features.Locations = [.. locations];
        features.Quantities = [.. quantities];
        features.QuoteCount = result.Quotes.Count;
    }

    private static void AddOnce(List<string> values, string value)
    {
        if (!values.Contains(value))
        {
            values.Add(value);
        }
    }
}
