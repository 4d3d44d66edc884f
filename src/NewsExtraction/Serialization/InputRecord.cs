using System.Text.Json.Serialization;

namespace NewsExtraction.Serialization;

/// <summary>One input line of a JSONL feed: <c>{"id", "text", "lang"?, "date"?}</c>; <c>date</c> is the document's <c>yyyy-mm-dd</c>.</summary>
internal sealed record InputRecord(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("lang")] string? Lang,
    [property: JsonPropertyName("date")] string? Date = null);
