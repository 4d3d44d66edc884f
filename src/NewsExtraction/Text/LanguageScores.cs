namespace NewsExtraction.Text;

/// <summary>What the language model makes of a text: its size and its costs (negative log-likelihoods) under each language.</summary>
/// <param name="Letters">The letters read.</param>
/// <param name="Words">The words read.</param>
/// <param name="French">The total cost of all features under French (model units).</param>
/// <param name="English">The total cost of all features under English (model units).</param>
/// <param name="FrenchWords">The cost of the whole-word features alone under French.</param>
/// <param name="EnglishWords">The cost of the whole-word features alone under English.</param>
internal readonly record struct LanguageScores(int Letters, int Words, long French, long English, long FrenchWords, long EnglishWords);
