using System.Text.Json.Serialization;

namespace NewsExtraction.Serialization;

/// <summary>One output line of <c>newsx extract</c>: the schema of the gold files.</summary>
internal sealed record DocumentRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("entities")] IReadOnlyList<Entity> Entities,
    [property: JsonPropertyName("quotes")] IReadOnlyList<Quote> Quotes);
