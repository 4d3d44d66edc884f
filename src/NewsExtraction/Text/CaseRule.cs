namespace NewsExtraction.Text;

/// <summary>How the letter case of a text must agree with a dictionary phrase for the phrase to match it.</summary>
internal enum CaseRule : byte
{
    /// <summary>Any case: lower-case adjectives such as <c>russe</c> also match <c>Russe</c> and <c>RUSSE</c>.</summary>
    Any,

    /// <summary>The first letter is upper case, or the whole text is: <c>Corée du Sud</c>, <c>SOUTH KOREA</c>, not <c>china</c>.</summary>
    Capitalized,

    /// <summary>Every token starts with the same case as the phrase's, unless it is all upper case: <c>département d'État</c>.</summary>
    Initials,

    /// <summary>Every letter has the phrase's case: acronyms such as <c>US</c>, which must not match <c>us</c>.</summary>
    Exact,
}
