namespace NewsExtraction.Text;

/// <summary>
/// How badly a language may explain a text's words before the text counts as written in some other language:
/// the average cost per word may exceed <see cref="Mean"/> by <c>Spread / √words</c> (short texts vary more),
/// and never by less than <see cref="Floor"/> (so that long documents with some noise in them still pass).
/// All values are in model cost units.
/// </summary>
/// <param name="Mean">The average cost per word of the language's own held-out sentences.</param>
/// <param name="Spread">The allowed deviation of one word's cost, shrinking with the square root of the number of words.</param>
/// <param name="Floor">The least allowed deviation of the average, however long the text.</param>
internal readonly record struct WordCostLimit(float Mean, float Spread, float Floor)
{
    /// <summary>Whether words of total cost <paramref name="cost"/> cost more than the limit allows.</summary>
    public bool IsExceededBy(long cost, int words) =>
        words > 0 && cost > words * (double)Mean + Math.Max(Spread * Math.Sqrt(words), Floor * (double)words);

    /// <summary>The standardized excess of an average word cost: how many "spreads" above the mean, scaled by √words.</summary>
    public static double Deviation(long cost, int words, double mean) => (cost - words * mean) / Math.Sqrt(words);
}
