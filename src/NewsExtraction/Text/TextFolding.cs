using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsExtraction.Text;

/// <summary>
/// Folds text for dictionary lookups: lower case, Latin diacritics removed, typographic apostrophes and
/// hyphens made ASCII. One character in, one character out, so offsets and lengths are kept.
/// </summary>
internal static class TextFolding
{
    // U+00C0..U+024F (Latin-1 Supplement, Latin Extended-A and -B) to their lower-case base letter.
    private const char FirstMapped = '\u00C0';
    private const string LatinTable =
        "aaaaaaæceeeeiiiiðnooooo×øuuuuyþßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþy" +
        "aaaaaaccccccccddđđeeeeeeeeeegggggggghhħħiiiiiiiiiiĳĳjjkkĸllllllŀ" +
        "ŀłłnnnnnnŉŋŋooooooœœrrrrrrssssssssttttŧŧuuuuuuuuuuuuwwyyyzzzzzzſ" +
        "ƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒƒɠɣƕɩɨƙƙƚƛɯɲƞɵooƣƣƥƥʀƨƨʃƪƫƭƭʈuuʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿ" +
        "ǀǁǂǃǆǆǆǉǉǉǌǌǌaaiioouuuuuuuuuuǝaaaaææǥǥggkkooooʒʒjǳǳǳggƕƿnnaaææøø" +
        "aaaaeeeeiiiioooorrrruuuussttȝȝhhƞȡȣȣȥȥaaeeooooooooyyȴȵȶȷȸȹⱥȼȼƚⱦȿ" +
        "ɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏ";

    /// <summary>The folded form of <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
        if (c >= FirstMapped && c < FirstMapped + LatinTable.Length)
        {
            return LatinTable[c - FirstMapped];
        }
        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' => '\'',
            '\u2010' or '\u2011' => '-',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/>, which must be at least as long.</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, source.Length, nameof(destination));
        ref ushort from = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
        ref ushort to = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        int i = 0;
        // A whole document is folded once, eight characters at a time: the upper-case ASCII letters change by 0x20,
        // then the few others (accented letters, typographic apostrophes) one by one.
        for (; i <= source.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
        {
            Vector128<ushort> chars = Vector128.LoadUnsafe(ref from, (nuint)i);
            Vector128<ushort> upper = Vector128.LessThan(chars - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26));
            (chars | (upper & Vector128.Create((ushort)0x20))).StoreUnsafe(ref to, (nuint)i);
            for (uint others = Vector128.GreaterThanOrEqual(chars, Vector128.Create((ushort)0x80)).ExtractMostSignificantBits(); others != 0; others &= others - 1)
            {
                int k = i + BitOperations.TrailingZeroCount(others);
                destination[k] = Fold(source[k]);
            }
        }
        for (; i < source.Length; i++)
        {
            destination[i] = Fold(source[i]);
        }
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> fold to the same text (<c>Pécresse</c>, <c>PECRESSE</c>).</summary>
    public static bool FoldedEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (int i = 0; i < a.Length; i++)
        {
            if (Fold(a[i]) != Fold(b[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A hash of the folded form of <paramref name="text"/>: texts that are <see cref="FoldedEquals"/> hash alike.</summary>
    public static int FoldedHash(ReadOnlySpan<char> text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ Fold(c)) * 16777619;
        }
        return (int)hash;
    }

    /// <summary>The folded form of <paramref name="text"/> as a new string.</summary>
    public static string Fold(ReadOnlySpan<char> text) => string.Create(text.Length, text, static (span, s) => Fold(s, span));
}
