namespace NewsExtraction.Text;

/// <summary>Receives the hashed features of a text from <see cref="CharNGrams.Visit"/>.</summary>
internal interface INGramSink
{
    /// <summary>Takes a character n-gram hashed to <paramref name="bucket"/> (below <c>2^bucketBits</c>).</summary>
    void AddNGram(int bucket);

    /// <summary>Takes a whole word; called after the word's n-grams.</summary>
    /// <param name="bucket">The word's bucket (below <c>2^bucketBits</c>).</param>
    /// <param name="hash">The word's full 64-bit hash.</param>
    /// <param name="capitalized">Whether the word begins with a capital letter, as names do.</param>
    void AddWord(int bucket, ulong hash, bool capitalized);
}
