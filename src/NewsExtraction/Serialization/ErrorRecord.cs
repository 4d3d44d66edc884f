using System.Text.Json.Serialization;

namespace NewsExtraction.Serialization;

/// <summary>The output line written in place of a document that could not be processed.</summary>
internal sealed record ErrorRecord(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("error")] string Error);
