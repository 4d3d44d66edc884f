namespace NewsExtraction.Text;

/// <summary>A phrase found by <see cref="PhraseDictionary.Match"/>: how many tokens it spans and its value.</summary>
internal readonly record struct PhraseHit(int TokenCount, int Value);
