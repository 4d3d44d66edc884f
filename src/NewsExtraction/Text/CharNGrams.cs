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
    private const ulong WordSeed = 0xCBF29CE484222325UL; // FNV-1a offset basis
    private const ulong WordPrime = 0x100000001B3UL; // FNV-1a prime

    /// <summary>
    /// Sends the features of <paramref name="text"/> to <paramref name="sink"/> and returns the number of letters
    /// read. Allocates nothing: the last four characters are packed into one 64-bit value
    /// (16 bits each), which is also the exact key of every n-gram ending there; words are hashed as they go.
    /// </summary>
    public static int Visit<TSink>(ReadOnlySpan<char> text, int bucketBits, ref TSink sink)
        where TSink : struct, INGramSink
    {
        // Work on a local copy, which the JIT can keep in registers through the loop (every call is inlined).
        TSink local = sink;
        int shift = 64 - bucketBits;
        ulong window = Boundary;
        ulong word = WordSeed;
        int length = 0; // characters of the current word in the window, its leading boundary included; 0 between words
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
                window = (window << 16) | c;
                word = (word ^ c) * WordPrime;
                // The letter, then the longer n-grams ending with it, as far back as the word's opening boundary.
                local.AddNGram(Bucket(window & 0xFFFF, shift));
                local.AddNGram(Bucket(window & 0xFFFF_FFFF, shift));
                if (length >= 3)
                {
                    local.AddNGram(Bucket(window & 0xFFFF_FFFF_FFFF, shift));
                    if (length >= 4)
                    {
                        local.AddNGram(Bucket(window, shift));
                    }
                }
            }
            else if (length > 0)
            {
                EndWord(window, word, length, capitalized, shift, ref local);
                length = 0;
                window = Boundary;
                word = WordSeed;
            }
        }
        if (length > 0)
        {
            EndWord(window, word, length, capitalized, shift, ref local);
        }
        sink = local;
        return letters;
    }

    // The n-grams that end with the word's closing boundary (the word has at least one letter), then the word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EndWord<TSink>(ulong window, ulong word, int length, bool capitalized, int shift, ref TSink sink)
        where TSink : struct, INGramSink
    {
        window = (window << 16) | Boundary;
        sink.AddNGram(Bucket(window & 0xFFFF_FFFF, shift));
        sink.AddNGram(Bucket(window & 0xFFFF_FFFF_FFFF, shift));
        if (length >= 3)
        {
            sink.AddNGram(Bucket(window, shift));
        }
        sink.AddWord(Bucket(word, shift), word, capitalized);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(ulong key, int shift) => (int)(key * HashMultiplier >> shift);

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
