namespace NewsExtraction.ML;

/// <summary>The names of the columns that ExtractNews adds, before the <see cref="ExtractNewsOptions.ColumnPrefix"/>.</summary>
public static class NewsColumns
{
    /// <summary>The people's canonical names, each once, in order of first mention: a vector of text.</summary>
    public const string Persons = "Persons";

    /// <summary>The organisations' canonical names, each once, in order of first mention: a vector of text.</summary>
    public const string Organizations = "Organizations";

    /// <summary>The ISO 3166-1 alpha-2 codes of the countries mentioned, each once, in order of first mention: a vector of text.</summary>
    public const string Countries = "Countries";

    /// <summary>The places' canonical names, each once, in order of first mention: a vector of text.</summary>
    public const string Locations = "Locations";

    /// <summary>The normalised value of every quantity, in text order: a vector of floats.</summary>
    public const string Quantities = "Quantities";

    /// <summary>The number of quotes: a float.</summary>
    public const string QuoteCount = "QuoteCount";

    internal static readonly string[] All = [Persons, Organizations, Countries, Locations, Quantities, QuoteCount];
}
