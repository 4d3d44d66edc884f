using System.Globalization;

namespace NewsExtraction.Cli.Rendering;

/// <summary>
/// How each entity type looks: a CSS class and a label. The colours (in <see cref="HtmlPage"/>'s style sheet) are
/// the Okabe–Ito palette, told apart by colour-blind readers, and every mark also carries its type as text.
/// </summary>
internal static class EntityStyle
{
    public static readonly EntityType[] Types =
        [EntityType.Person, EntityType.Organization, EntityType.Country, EntityType.Location, EntityType.Quantity, EntityType.Date];

    public static string ClassOf(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Country => "country",
        EntityType.Location => "location",
        EntityType.Quantity => "quantity",
        EntityType.Date => "date",
        _ => "other",
    };

    public static string NameOf(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Country => "COUNTRY",
        EntityType.Location => "LOCATION",
        EntityType.Quantity => "QUANTITY",
        EntityType.Date => "DATE",
        _ => type.ToString().ToUpperInvariant(),
    };

    /// <summary>The label shown after the entity: its type and what the extractor resolved (ISO code, value and unit, ISO date).</summary>
    public static string LabelOf(Entity entity) => entity.Type switch
    {
        EntityType.Country when entity.Iso2 is not null => $"COUNTRY {entity.Iso2}",
        EntityType.Quantity when entity.Value is double value =>
            $"QUANTITY {(entity.Approximate == true ? "≈" : "")}{value.ToString("#,0.###", CultureInfo.InvariantCulture)}{(entity.Unit is null ? "" : " " + entity.Unit)}",
        EntityType.Date when entity.Iso is not null => $"DATE {entity.Iso}",
        _ => NameOf(entity.Type),
    };
}
