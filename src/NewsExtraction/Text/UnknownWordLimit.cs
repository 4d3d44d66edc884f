namespace NewsExtraction.Text;

/// <summary>
/// How many of a text's lower-case words may be missing from a language's frequent words before the text counts
/// as written in some other language: the share of unknown words may exceed <see cref="Rate"/> by
/// <c>Spread / √words</c> (short texts vary more), and never by less than <see cref="Floor"/> (so that long
/// documents with some noise in them still pass).
/// </summary>
/// <param name="Rate">The share of unknown lower-case words in the language's own held-out sentences.</param>
/// <param name="Spread">The allowed excess of unknown words, per square root of the number of words.</param>
/// <param name="Floor">The least allowed excess of the share of unknown words, however long the text.</param>
internal readonly record struct UnknownWordLimit(float Rate, float Spread, float Floor)
{
    /// <summary>Whether <paramref name="unknown"/> unknown words out of <paramref name="words"/> are more than the limit allows.</summary>
    public bool IsExceededBy(int unknown, int words) =>
        unknown > words * (double)Rate + Math.Max(Spread * Math.Sqrt(words), Floor * (double)words);

    /// <summary>The excess of unknown words over the expected <paramref name="rate"/>, per square root of the number of words.</summary>
    public static double Deviation(int unknown, int words, double rate) => (unknown - words * rate) / Math.Sqrt(words);
}
