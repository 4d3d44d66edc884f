namespace NewsExtraction.Countries;

/// <summary>What a <see cref="CountryMatch"/> becomes.</summary>
internal enum CountryMatchKind : byte
{
    /// <summary>A COUNTRY mention.</summary>
    Country,

    /// <summary>A capital named as a place: a LOCATION mention.</summary>
    Place,

    /// <summary>Nothing: the context says it is something else, or an ambiguous form stayed unresolved.</summary>
    Dropped,
}
