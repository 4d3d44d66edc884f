using System.Text.Json.Serialization;

namespace NewsExtraction.Serialization;

/// <summary>One input line of a JSONL feed: <c>{"id", "text", "lang"?}</c>.</summary>
internal sealed record InputRecord(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("lang")] string? Lang);
