using System.Globalization;

namespace NewsExtraction.Cli.Input;

/// <summary>Reads a document's date as the command line and JSONL records give it: <c>yyyy-mm-dd</c>.</summary>
internal static class DocumentDates
{
    /// <summary>Whether <paramref name="value"/> is a day written <c>yyyy-mm-dd</c>.</summary>
    public static bool TryParse(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
