using System.Text.Json.Serialization;

namespace NewsExtraction;

/// <summary>Reported speech given word for word: the quoted text without its marks, its speaker and its cue.</summary>
public sealed record Quote
{
    /// <summary>Index of the first character of the quoted text (inside the marks).</summary>
    [JsonPropertyName("start"), JsonPropertyOrder(0)]
    public required int Start { get; init; }

    /// <summary>Index one past the last character of the quoted text.</summary>
    [JsonPropertyName("end"), JsonPropertyOrder(1)]
    public required int End { get; init; }

    /// <summary>The quoted text.</summary>
    [JsonPropertyName("text"), JsonPropertyOrder(2)]
    public required string Text { get; init; }

    /// <summary>The verb or marker that introduces the quote (<c>a déclaré</c>, <c>said</c>, <c>selon</c>, <c>:</c>), or <see langword="null"/>.</summary>
    [JsonPropertyName("cue"), JsonPropertyOrder(3), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Cue { get; init; }

    /// <summary>Who said it, or <see langword="null"/> when the text gives no source.</summary>
    [JsonPropertyName("speaker"), JsonPropertyOrder(4), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public Speaker? Speaker { get; init; }
}
