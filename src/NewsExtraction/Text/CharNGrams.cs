using System.Runtime.CompilerServices;

namespace NewsExtraction.Text;

/// <summary>
/// The features of the language model, read in one pass: the 1- to 4-grams of lower-cased letters inside each
/// word, with a boundary mark before and after the word (<c>le</c> gives <c>l e _l le e_ _le le_ _le_</c>), and
/// the whole word itself, all hashed into <c>2^bucketBits</c> buckets. Anything that is not a letter (digits,
/// punctuation, apostrophes, hyphens, spaces) separates words, so <c>l’ambassadeur</c>, <c>l' ambassadeur</c>
/// and <c>L'AMBASSADEUR</c> give the same features. The builder and the identifier both read text through
/// this pass, so they cannot disagree.
/// </summary>
internal static class CharNGrams
{
    private const ulong Boundary = ' ';
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL; // 2^64 / golden ratio: multiply-shift hashing
    private const ulong BoundaryProduct = unchecked(Boundary * HashMultiplier);
    private const ulong WordSeed = 0xCBF29CE484222325UL; // FNV-1a offset basis
    private const ulong WordPrime = 0x100000001B3UL; // FNV-1a prime

    /// <summary>
    /// Sends the features of <paramref name="text"/> to <paramref name="sink"/> and returns the number of letters
    /// read. Allocates nothing. The key of an n-gram is its characters packed into one 64-bit value (16 bits each),
    /// hashed by a multiplication; the products of the 1-, 2- and 3-gram keys ending at the previous character are
    /// kept, so that each longer product is the previous shorter one shifted plus the new character's, exactly
    /// (<c>(k &lt;&lt; 16 | c) * M == (k * M &lt;&lt; 16) + c * M</c> modulo 2^64): one multiplication per letter, not four.
    /// Words are hashed as they go.
    /// </summary>
    public static int Visit<TSink>(ReadOnlySpan<char> text, int bucketBits, ref TSink sink)
        where TSink : struct, INGramSink
    {
        // Work on a local copy, which the JIT can keep in registers through the loop (every call is inlined).
        TSink local = sink;
        int shift = 64 - bucketBits;
        // The products of the keys of the last 1, 2 and 3 characters; only those inside the current word (its
        // opening boundary included) are ever used.
        ulong last1 = BoundaryProduct, last2 = 0, last3 = 0;
        ulong word = WordSeed;
        int length = 0; // characters of the current word so far, its leading boundary included; 0 between words
        int letters = 0;
        bool capitalized = false;
        foreach (char raw in text)
        {
            char c = ToLowerLetter(raw);
            if (c != '\0')
            {
                letters++;
                if (length == 0)
                {
                    capitalized = c != raw;
                    length = 1;
                }
                length++;
                word = (word ^ c) * WordPrime;
                ulong product = c * HashMultiplier;
                ulong product2 = (last1 << 16) + product, product3 = (last2 << 16) + product;
                // The letter, then the longer n-grams ending with it, as far back as the word's opening boundary.
                local.AddNGram(Bucket(product, shift));
                local.AddNGram(Bucket(product2, shift));
                if (length >= 3)
                {
                    local.AddNGram(Bucket(product3, shift));
                    if (length >= 4)
                    {
                        local.AddNGram(Bucket((last3 << 16) + product, shift));
                    }
                }
                (last1, last2, last3) = (product, product2, product3);
            }
            else if (length > 0)
            {
                EndWord(last1, last2, last3, word, length, capitalized, shift, ref local);
                length = 0;
                last1 = BoundaryProduct;
                word = WordSeed;
            }
        }
        if (length > 0)
        {
            EndWord(last1, last2, last3, word, length, capitalized, shift, ref local);
        }
        sink = local;
        return letters;
    }

    // The n-grams that end with the word's closing boundary (the word has at least one letter), then the word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EndWord<TSink>(ulong last1, ulong last2, ulong last3, ulong word, int length, bool capitalized, int shift, ref TSink sink)
        where TSink : struct, INGramSink
    {
        sink.AddNGram(Bucket((last1 << 16) + BoundaryProduct, shift));
        sink.AddNGram(Bucket((last2 << 16) + BoundaryProduct, shift));
        if (length >= 3)
        {
            sink.AddNGram(Bucket((last3 << 16) + BoundaryProduct, shift));
        }
        sink.AddWord(Bucket(word * HashMultiplier, shift), word, capitalized);
    }

    // The bucket of a key's product with the multiplier: its top bits (multiply-shift hashing).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(ulong product, int shift) => (int)(product >> shift);

    // The lower-case form of a letter, or '\0' for anything else. ASCII first: it is most of the text.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char ToLowerLetter(char c)
    {
        if (c < 0x80)
        {
            char lower = (char)(c | 0x20);
            return lower is >= 'a' and <= 'z' ? lower : '\0';
        }
        return char.IsLetter(c) ? char.ToLowerInvariant(c) : '\0';
    }
}
