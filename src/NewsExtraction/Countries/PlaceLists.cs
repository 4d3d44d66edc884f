using System.Collections.Frozen;
using NewsExtraction.Text;

namespace NewsExtraction.Countries;

/// <summary>
/// A capital, or a city-state named like its capital, inside an enumeration of towns is one town more
/// (<c>Bruxelles, Wandre, Charleroi, Luxembourg…</c>), not the state: when most of the other items of the list
/// are proper names that are no country form, the form is a place. A list of states (<c>Paris, Londres et
/// Berlin</c> beside <c>la France</c>) keeps its capitals.
/// </summary>
internal static class PlaceLists
{
    /// <summary>The fewest other place items that make a list of towns.</summary>
    private const int MinPlaces = 2;

    // The keys of names that are also their state's capital (Luxembourg, Singapore, Monaco, Djibouti).
    private static readonly FrozenSet<string> CityStates = BuildCityStates(CountryGazetteer.Default);

    /// <summary>Turns into places the capitals and city-states of <paramref name="matches"/> that stand in a list of towns.</summary>
    public static void Demote(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<CountryMatch> matches)
    {
        for (int i = 0; i < matches.Length; i++)
        {
            ref CountryMatch match = ref matches[i];
            if (match.Kind == CountryMatchKind.Country && !match.IsPart && IsTownLike(match.Entry)
                && InListOfPlaces(text, tokens, matches, i))
            {
                match = match with { Kind = CountryMatchKind.Place };
            }
        }
    }

    private static bool IsTownLike(CountryEntry entry) =>
        entry.Form == CountryForm.Capital || (entry.Form == CountryForm.Name && CityStates.Contains(entry.Key));

    private static bool InListOfPlaces(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<CountryMatch> matches, int index)
    {
        int places = 0, countries = 0;
        CountryMatch self = matches[index];
        // Leftwards: separator, then an item of capitalised words, as long as the pattern holds.
        for (int k = self.Token - 1; IsSeparator(text, tokens, k) && TokenContext.IsCapitalizedMidSentence(text, tokens, k - 1);)
        {
            int last = k - 1, first = last;
            while (TokenContext.IsCapitalizedMidSentence(text, tokens, first - 1))
            {
                first--;
            }
            Count(matches, tokens[first].Start, tokens[last].End, ref places, ref countries);
            k = first - 1;
        }
        for (int k = self.EndToken; IsSeparator(text, tokens, k) && TokenContext.IsCapitalizedMidSentence(text, tokens, k + 1);)
        {
            int first = k + 1, last = first;
            while (TokenContext.IsCapitalizedMidSentence(text, tokens, last + 1))
            {
                last++;
            }
            Count(matches, tokens[first].Start, tokens[last].End, ref places, ref countries);
            k = last + 1;
        }
        return places >= MinPlaces && places > countries;
    }

    // An item is a country when a kept form lies within it. Lists are short and matches few: a scan is enough.
    private static void Count(ReadOnlySpan<CountryMatch> matches, int start, int end, ref int places, ref int countries)
    {
        foreach (ref readonly CountryMatch m in matches)
        {
            if (m.Kind == CountryMatchKind.Country && m.Start >= start && m.End <= end)
            {
                countries++;
                return;
            }
        }
        places++;
    }

    private static bool IsSeparator(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        (uint)i < (uint)tokens.Length
        && ((tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] == ',')
            || TokenContext.Is(text, tokens, i, "et") || TokenContext.Is(text, tokens, i, "and"));

    private static FrozenSet<string> BuildCityStates(CountryGazetteer gazetteer)
    {
        var capitals = new HashSet<(string, string)>();
        foreach (CountryEntry entry in gazetteer.Entries)
        {
            if (entry.Form == CountryForm.Capital && entry.IsSingleState)
            {
                capitals.Add((entry.Key, entry.Iso2[0]));
            }
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (CountryEntry entry in gazetteer.Entries)
        {
            if (entry.Form == CountryForm.Name && entry.IsSingleState && capitals.Contains((entry.Key, entry.Iso2[0])))
            {
                keys.Add(entry.Key);
            }
        }
        return keys.ToFrozenSet(StringComparer.Ordinal);
    }
}
