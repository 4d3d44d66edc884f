using System.Text.Json.Serialization;

namespace NewsExtraction;

/// <summary>The source of a <see cref="Quote"/>: where it is named nearest to the quote, and its canonical name.</summary>
public sealed record Speaker
{
    /// <summary>Index of the first character of the speaker's mention.</summary>
    [JsonPropertyName("start"), JsonPropertyOrder(0)]
    public required int Start { get; init; }

    /// <summary>Index one past the last character of the speaker's mention.</summary>
    [JsonPropertyName("end"), JsonPropertyOrder(1)]
    public required int End { get; init; }

    /// <summary>The mention as written (<c>il</c>, <c>Rutte</c>).</summary>
    [JsonPropertyName("text"), JsonPropertyOrder(2)]
    public required string Text { get; init; }

    /// <summary>The canonical full name (<c>Mark Rutte</c>).</summary>
    [JsonPropertyName("name"), JsonPropertyOrder(3)]
    public required string Name { get; init; }
}
