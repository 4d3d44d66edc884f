using System.Text.Json.Serialization;

namespace NewsExtraction;

/// <summary>
/// One tagged mention. Offsets are UTF-16 indexes into the input text; fields that do not apply to
/// <see cref="Type"/> are <see langword="null"/> and left out of the JSON output.
/// </summary>
public sealed record Entity
{
    /// <summary>The kind of entity.</summary>
    [JsonPropertyName("type"), JsonPropertyOrder(0)]
    public required EntityType Type { get; init; }

    /// <summary>Index of the first character of the mention.</summary>
    [JsonPropertyName("start"), JsonPropertyOrder(1)]
    public required int Start { get; init; }

    /// <summary>Index one past the last character of the mention.</summary>
    [JsonPropertyName("end"), JsonPropertyOrder(2)]
    public required int End { get; init; }

    /// <summary>The mention as written: <c>text[Start..End]</c>.</summary>
    [JsonPropertyName("text"), JsonPropertyOrder(3)]
    public required string Text { get; init; }

    /// <summary>PERSON and ORGANIZATION: the name shared by every mention of the same entity in the document.</summary>
    [JsonPropertyName("canonical"), JsonPropertyOrder(4)]
    public string? Canonical { get; init; }

    /// <summary>COUNTRY: the ISO 3166-1 alpha-2 code (<c>KR</c>).</summary>
    [JsonPropertyName("iso2"), JsonPropertyOrder(5)]
    public string? Iso2 { get; init; }

    /// <summary>COUNTRY: whether the state is named by name, demonym or capital.</summary>
    [JsonPropertyName("form"), JsonPropertyOrder(6)]
    public CountryForm? Form { get; init; }

    /// <summary>QUANTITY: the amount as a number (the lower bound for vague amounts and ranges); always finite.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to infinity or NaN, which JSON cannot write.</exception>
    [JsonPropertyName("value"), JsonPropertyOrder(7)]
    public double? Value
    {
        get;
        init => field = value is { } number && !double.IsFinite(number)
            ? throw new ArgumentOutOfRangeException(nameof(Value), number, "A quantity's value must be a finite number.")
            : value;
    }

    /// <summary>QUANTITY: the counted noun or unit as written, when one follows the amount.</summary>
    [JsonPropertyName("unit"), JsonPropertyOrder(8)]
    public string? Unit { get; init; }

    /// <summary>QUANTITY: <see langword="true"/> when the amount is vague or qualified (<c>environ</c>, <c>des milliers</c>).</summary>
    [JsonPropertyName("approximate"), JsonPropertyOrder(9)]
    public bool? Approximate { get; init; }

    /// <summary>DATE: <c>yyyy-mm-dd</c> when it can be resolved.</summary>
    [JsonPropertyName("iso"), JsonPropertyOrder(10)]
    public string? Iso { get; init; }

    /// <summary>The mention's range in the text.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}
