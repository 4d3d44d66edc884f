namespace NewsExtraction.Countries;

/// <summary>A gazetteer form found in a document, and what the resolver made of it.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="End">Index one past its last character.</param>
/// <param name="Token">Index of its first token (for a part of a hyphenated word, that word's token).</param>
/// <param name="TokenCount">Number of tokens it spans (1 for a part of a hyphenated word).</param>
/// <param name="IsPart">Whether it is only a part of a hyphenated word (<c>russo</c> in <c>russo-ukrainien</c>).</param>
/// <param name="Entry">The gazetteer entry it matched.</param>
internal readonly record struct CountryMatch(int Start, int End, int Token, int TokenCount, bool IsPart, CountryEntry Entry)
{
    /// <summary>The state it names, once known; <see langword="null"/> while an ambiguous form is unresolved.</summary>
    public string? Iso2 { get; init; } = Entry.IsSingleState ? Entry.Iso2[0] : null;

    /// <summary>What it becomes in the document.</summary>
    public CountryMatchKind Kind { get; init; }

    /// <summary>Index one past its last token.</summary>
    public int EndToken => Token + TokenCount;
}
