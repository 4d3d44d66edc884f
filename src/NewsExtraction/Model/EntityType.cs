using System.Text.Json.Serialization;

namespace NewsExtraction;

/// <summary>The kinds of entity the extractor tags (see ANNOTATION.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityType>))]
public enum EntityType : byte
{
    /// <summary>A named individual.</summary>
    [JsonStringEnumMemberName("PERSON")] Person,

    /// <summary>A sovereign state, by name, demonym or capital standing for its government; carries <see cref="Entity.Iso2"/> and <see cref="Entity.Form"/>.</summary>
    [JsonStringEnumMemberName("COUNTRY")] Country,

    /// <summary>A named organisation, institution, company, agency, party or outlet.</summary>
    [JsonStringEnumMemberName("ORGANIZATION")] Organization,

    /// <summary>A named place that is not a country.</summary>
    [JsonStringEnumMemberName("LOCATION")] Location,

    /// <summary>A cardinal amount with its unit; carries <see cref="Entity.Value"/>, <see cref="Entity.Unit"/>, <see cref="Entity.Approximate"/>.</summary>
    [JsonStringEnumMemberName("QUANTITY")] Quantity,

    /// <summary>A calendar date or day reference; carries <see cref="Entity.Iso"/>.</summary>
    [JsonStringEnumMemberName("DATE")] Date,
}
