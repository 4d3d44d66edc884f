using NewsExtraction.Text;

namespace NewsExtraction.Countries;

/// <summary>
/// One form in the country gazetteer: a name, demonym or capital in one language, the states it can name,
/// and how it must be written to match.
/// </summary>
/// <param name="Key">The phrase key (<see cref="PhraseDictionary.KeyOf"/>): folded tokens joined by spaces.</param>
/// <param name="Surface">The form as written, its tokens joined by single spaces (for <see cref="CaseRule.Initials"/> and <see cref="CaseRule.Exact"/>).</param>
/// <param name="Iso2">The states it can name; more than one when the form is ambiguous (<c>congolais</c>: CD, CG).</param>
/// <param name="Form">Name, demonym or capital.</param>
/// <param name="Language">The language it belongs to.</param>
/// <param name="Case">How the text's case must agree.</param>
/// <param name="Flags">Special handling.</param>
internal sealed record CountryEntry(
    string Key, string Surface, string[] Iso2, CountryForm Form, Language Language, CaseRule Case, CountryEntryFlags Flags)
{
    /// <summary>Whether this form names exactly one state.</summary>
    public bool IsSingleState => Iso2.Length == 1;

    /// <summary>Whether <paramref name="flag"/> is set; unlike <see cref="Enum.HasFlag"/>, never boxes before the JIT optimises.</summary>
    public bool Has(CountryEntryFlags flag) => (Flags & flag) != 0;
}
