namespace NewsExtraction.Countries;

/// <summary>What is special about a gazetteer form, decided when the gazetteer is built.</summary>
[Flags]
internal enum CountryEntryFlags : byte
{
    /// <summary>An ordinary form.</summary>
    None = 0,

    /// <summary>Only the first part of a hyphenated compound: <c>russo</c> in <c>russo-ukrainien</c>, <c>Sino</c> in <c>Sino-American</c>.</summary>
    CombiningForm = 1,

    /// <summary>Also a personal name (<c>Jordan</c>, <c>Chad</c>, <c>Washington</c>): yields to a PERSON and is left out beside another capitalised word.</summary>
    PersonName = 2,

    /// <summary>Too often something else (<c>Georgia</c>, <c>Dominique</c>, <c>Victoria</c>): tagged only when the document names the same state another way.</summary>
    NeedsEvidence = 4,

    /// <summary>An acronym that is also a word in lower case (<c>US</c>, <c>EAU</c>): left out inside a run of capitals (<c>THE US ARMY</c>).</summary>
    WordAcronym = 8,
}
