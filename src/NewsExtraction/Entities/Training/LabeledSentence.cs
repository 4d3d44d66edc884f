namespace NewsExtraction.Entities.Training;

/// <summary>A tokenized sentence with one BIO label per token (<c>B-PER</c>, <c>I-PER</c>, <c>O</c>, …).</summary>
/// <param name="Tokens">The tokens.</param>
/// <param name="Labels">One label per token.</param>
public sealed record LabeledSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Labels);
