namespace NewsExtraction.Text;

/// <summary>What the language model makes of a text: its size, its costs (negative log-likelihoods) under each language, and its unknown words.</summary>
/// <param name="Letters">The letters read.</param>
/// <param name="Words">The words that begin with a small letter: names aside, the words that say the language.</param>
/// <param name="French">The total cost of all features under French (model units).</param>
/// <param name="English">The total cost of all features under English (model units).</param>
/// <param name="FrenchUnknownWords">How many of the <paramref name="Words"/> are not frequent French words.</param>
/// <param name="EnglishUnknownWords">How many of the <paramref name="Words"/> are not frequent English words.</param>
internal readonly record struct LanguageScores(int Letters, int Words, long French, long English, int FrenchUnknownWords, int EnglishUnknownWords)
{
    /// <summary>The scores of two texts read one after the other, the first ending between words.</summary>
    public static LanguageScores operator +(LanguageScores a, LanguageScores b) => new(
        a.Letters + b.Letters, a.Words + b.Words, a.French + b.French, a.English + b.English,
        a.FrenchUnknownWords + b.FrenchUnknownWords, a.EnglishUnknownWords + b.EnglishUnknownWords);
}
