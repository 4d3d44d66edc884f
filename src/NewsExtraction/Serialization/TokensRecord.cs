using System.Text.Json.Serialization;

namespace NewsExtraction.Serialization;

/// <summary>One output line of <c>newsx tokenize</c>: token and sentence ranges as <c>[start, end]</c> pairs.</summary>
internal sealed record TokensRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("tokens")] IReadOnlyList<int[]> Tokens,
    [property: JsonPropertyName("sentences")] IReadOnlyList<int[]> Sentences);
