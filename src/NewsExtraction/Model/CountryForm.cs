using System.Text.Json.Serialization;

namespace NewsExtraction;

/// <summary>How a <see cref="EntityType.Country"/> mention names its state.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CountryForm>))]
public enum CountryForm : byte
{
    /// <summary>By its name: <c>Corée du Sud</c>, <c>Russia</c>.</summary>
    [JsonStringEnumMemberName("name")] Name,

    /// <summary>By a demonym or adjective: <c>nord-coréens</c>, <c>British</c>.</summary>
    [JsonStringEnumMemberName("demonym")] Demonym,

    /// <summary>By its capital standing for its government: <c>Séoul convoque</c>.</summary>
    [JsonStringEnumMemberName("capital")] Capital,
}
