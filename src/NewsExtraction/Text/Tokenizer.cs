using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsExtraction.Text;

/// <summary>
/// Splits French and English news text into tokens in one pass, without allocating: offsets index
/// the original text, which is never altered. Thread-safe.
/// </summary>
/// <remarks>
/// French elisions are split after their apostrophe (<c>l’</c> <c>ambassadeur</c>), English clitics
/// before it, Penn-Treebank style (<c>do</c> <c>n't</c>, <c>Putin</c> <c>'s</c>), French inverted
/// pronouns from their verb (<c>a</c> <c>-t-il</c>); hyphenated words stay whole. Numbers keep their
/// grouping and decimal separators (<c>12 000</c>, <c>1.500</c>, <c>3,5</c>). Quotation marks are
/// always tokens of their own.
/// </remarks>
public static class Tokenizer
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Elisions =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
            "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that keep their period. Case matters: "Co." is an abbreviation, "co." is not.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        FrozenSet.Create(StringComparer.Ordinal,
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Drs", "Pr", "St", "Ste", "Mr", "Mrs", "Ms",
            "Prof", "Gen", "Gén", "Col", "Lt", "Sgt", "Capt", "Cdt", "Sen", "Rep", "Gov", "Jr", "Sr", "Inc", "Ltd",
            "Co", "Corp", "Bros", "Mt", "Ft", "Adm", "vs", "etc", "cf", "av", "apr", "env", "vol", "art", "fig",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "janv", "févr", "juil", "sept", "oct", "nov", "déc", "No", "Nos")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishClitics =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "s", "re", "ve", "ll", "d", "m")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InvertedPronouns =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("«»“”„‹›\"‟");

    /// <summary>Tokenizes <paramref name="text"/> into a new array of token ranges. Convenient, not the fast path.</summary>
    public static TextSpan[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Token[] buffer = ArrayPool<Token>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            int count = Tokenize(text, buffer);
            var spans = new TextSpan[count];
            for (int i = 0; i < count; i++)
            {
                spans[i] = buffer[i].Span;
            }
            return spans;
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Tokenizes <paramref name="text"/> into <paramref name="destination"/> and returns the number of tokens.
    /// A destination as long as the text is always large enough.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too small for the tokens.</exception>
    public static int Tokenize(ReadOnlySpan<char> text, Span<Token> destination) => Tokenize(text, destination, CancellationToken.None);

    /// <summary>Tokenizes as <see cref="Tokenize(ReadOnlySpan{char}, Span{Token})"/>, checking the token every 64K steps.</summary>
    internal static int Tokenize(ReadOnlySpan<char> text, Span<Token> destination, CancellationToken cancellationToken)
    {
        var writer = new TokenWriter(destination);
        int pos = 0;
        for (int step = 1; pos < text.Length; step++)
        {
            if ((step & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            char c = text[pos];
            if (IsSpace(c))
            {
                pos++;
            }
            else if (char.IsAsciiDigit(c))
            {
                int end = ScanNumber(text, pos);
                writer.Add(pos, end, TokenKind.Number);
                pos = end;
            }
            else if (IsLetter(c))
            {
                pos = ScanWord(text, pos, ref writer);
            }
            else
            {
                pos = ScanOther(text, pos, ref writer);
            }
        }
        return writer.Count;
    }

    private static int ScanOther(ReadOnlySpan<char> text, int pos, ref TokenWriter writer)
    {
        char c = text[pos];
        int end;
        TokenKind kind;
        if (QuotationMarks.Contains(c))
        {
            end = pos + 1;
            kind = TokenKind.QuotationMark;
        }
        else if ((c == '@' || c == '#') && pos + 1 < text.Length && IsHandleChar(text[pos + 1]))
        {
            end = pos + 1;
            while (end < text.Length && IsHandleChar(text[end]))
            {
                end++;
            }
            kind = c == '@' ? TokenKind.Handle : TokenKind.Hashtag;
        }
        else if (char.IsSurrogate(c) || IsBmpEmoji(c))
        {
            end = ScanEmojiOrSymbol(text, pos, out kind);
        }
        else
        {
            kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            end = pos + 1;
            // A run of one mark is one token: "...", ">>>>>>", "--".
            while (end < text.Length && text[end] == c)
            {
                end++;
            }
        }
        writer.Add(pos, end, kind);
        return end;
    }

    private static int ScanWord(ReadOnlySpan<char> text, int pos, ref TokenWriter writer)
    {
        if (StartsUrl(text[pos..]))
        {
            int urlEnd = ScanUrl(text, pos);
            writer.Add(pos, urlEnd, TokenKind.Url);
            return urlEnd;
        }

        int dotted = ScanDottedAbbreviation(text, pos);
        if (dotted > pos)
        {
            writer.Add(pos, dotted, TokenKind.Abbreviation);
            return dotted;
        }

        int start = pos;
        int j = pos + 1;
        while (j < text.Length)
        {
            char c = text[j];
            if (IsWordChar(c))
            {
                j++;
                continue;
            }

            bool nextIsWordChar = j + 1 < text.Length && IsWordChar(text[j + 1]);
            if (IsHyphen(c) && nextIsWordChar)
            {
                int pronounEnd = MatchInvertedPronoun(text, j);
                if (pronounEnd > 0 && char.IsLower(text[start]))
                {
                    writer.Add(start, j, TokenKind.Word);
                    writer.Add(j, pronounEnd, TokenKind.InvertedPronoun);
                    return pronounEnd;
                }
                j++;
                continue;
            }

            // Scraped French text elides before an opening mark too (d’»éviter, l’"Europe"): still an elision.
            if (IsApostrophe(c) && j + 2 < text.Length && IsQuotationMark(text[j + 1])
                && Elisions.Contains(text[start..j]))
            {
                writer.Add(start, j + 1, TokenKind.Elision);
                return j + 1;
            }

            if (IsApostrophe(c) && j + 1 < text.Length && IsLetter(text[j + 1]))
            {
                ReadOnlySpan<char> before = text[start..j];
                if (Elisions.Contains(before))
                {
                    writer.Add(start, j + 1, TokenKind.Elision);
                    start = j + 1;
                    j += 2;
                    continue;
                }

                int suffixEnd = j + 1;
                while (suffixEnd < text.Length && IsLetter(text[suffixEnd]))
                {
                    suffixEnd++;
                }
                ReadOnlySpan<char> suffix = text[(j + 1)..suffixEnd];
                if (EnglishClitics.Contains(suffix))
                {
                    writer.Add(start, j, TokenKind.Word);
                    writer.Add(j, suffixEnd, TokenKind.Clitic);
                    return suffixEnd;
                }
                if (suffix is "t" or "T" && j - start > 1 && (text[j - 1] | 0x20) == 'n')
                {
                    writer.Add(start, j - 1, TokenKind.Word);
                    writer.Add(j - 1, suffixEnd, TokenKind.Clitic);
                    return suffixEnd;
                }
                j++;
                continue;
            }

            if (c == '.' && IsAbbreviation(text[start..j]))
            {
                writer.Add(start, j + 1, TokenKind.Abbreviation);
                return j + 1;
            }

            if (c == '@' && nextIsWordChar)
            {
                int emailEnd = ScanEmail(text, j);
                if (emailEnd > 0)
                {
                    writer.Add(start, emailEnd, TokenKind.Email);
                    return emailEnd;
                }
            }
            break;
        }
        writer.Add(start, j, TokenKind.Word);
        return j;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);

    // "U.S.", "e.g.", "J.-C.": single letters each followed by a period, two or more of them.
    private static int ScanDottedAbbreviation(ReadOnlySpan<char> text, int pos)
    {
        int j = pos;
        int letters = 0;
        while (j + 1 < text.Length && IsLetter(text[j]) && text[j + 1] == '.')
        {
            letters++;
            j += 2;
            if (j + 2 < text.Length && IsHyphen(text[j]) && IsLetter(text[j + 1]) && text[j + 2] == '.')
            {
                j++; // the hyphen of "J.-C."
            }
        }
        return letters < 2 || (j < text.Length && IsWordChar(text[j])) ? pos : j;
    }

    // "-t-il", "-t-elle", "-il", "-on": returns the end of the pronoun, or 0.
    private static int MatchInvertedPronoun(ReadOnlySpan<char> text, int hyphen)
    {
        int p = hyphen + 1;
        if (p + 2 < text.Length && (text[p] | 0x20) == 't' && IsHyphen(text[p + 1]))
        {
            p += 2;
        }
        int end = p;
        while (end < text.Length && IsLetter(text[end]))
        {
            end++;
        }
        if (end == p || (end < text.Length && (IsHyphen(text[end]) || IsWordChar(text[end]))))
        {
            return 0;
        }
        return InvertedPronouns.Contains(text[p..end]) ? end : 0;
    }

    // Digits, then groups joined by '.' or ',' (1.500, 3,5, 1,000,000, 22.10.2024), or by a space,
    // no-break space or narrow no-break space before exactly three digits when the first group has
    // at most three (12 000, 1 500 000) — "en 2024 200 morts" stays two numbers.
    private static int ScanNumber(ReadOnlySpan<char> text, int pos)
    {
        int j = SkipDigits(text, pos);
        bool spaceGroupingAllowed = j - pos <= 3;
        while (j + 1 < text.Length)
        {
            char c = text[j];
            if ((c == '.' || c == ',') && char.IsAsciiDigit(text[j + 1]))
            {
                j = SkipDigits(text, j + 1);
                spaceGroupingAllowed = false;
            }
            else if (spaceGroupingAllowed && c is ' ' or '\u00A0' or '\u202F' && IsThreeDigitGroup(text, j + 1))
            {
                j += 4;
            }
            else
            {
                break;
            }
        }
        return j;
    }

    private static bool IsThreeDigitGroup(ReadOnlySpan<char> text, int p) =>
        p + 3 <= text.Length
        && char.IsAsciiDigit(text[p]) && char.IsAsciiDigit(text[p + 1]) && char.IsAsciiDigit(text[p + 2])
        && (p + 3 == text.Length || !char.IsAsciiDigit(text[p + 3]));

    private static int SkipDigits(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && char.IsAsciiDigit(text[p]))
        {
            p++;
        }
        return p;
    }

    private static bool StartsUrl(ReadOnlySpan<char> s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static int ScanUrl(ReadOnlySpan<char> text, int pos)
    {
        int j = pos;
        while (j < text.Length && !IsSpace(text[j]) && !QuotationMarks.Contains(text[j]) && text[j] != '<')
        {
            j++;
        }
        // Sentence punctuation after an address is not part of it.
        while (j > pos + 1 && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'')
        {
            j--;
        }
        return j;
    }

    // From the '@' of a candidate address: a domain of word characters, hyphens and at least one dot.
    private static int ScanEmail(ReadOnlySpan<char> text, int at)
    {
        int j = at + 1;
        int lastDot = -1;
        while (j < text.Length)
        {
            char c = text[j];
            if (IsWordChar(c) || c == '-')
            {
                j++;
            }
            else if (c == '.' && j + 1 < text.Length && IsWordChar(text[j + 1]))
            {
                lastDot = j;
                j++;
            }
            else
            {
                break;
            }
        }
        return lastDot > at ? j : 0;
    }

    private static int ScanEmojiOrSymbol(ReadOnlySpan<char> text, int pos, out TokenKind kind)
    {
        if (Rune.DecodeFromUtf16(text[pos..], out Rune rune, out int consumed) != OperationStatus.Done)
        {
            kind = TokenKind.Symbol; // a lone surrogate: keep it, as one token
            return pos + 1;
        }
        int end = pos + consumed;
        if (!IsEmoji(rune.Value))
        {
            kind = Rune.IsLetterOrDigit(rune) ? TokenKind.Word : TokenKind.Symbol;
            return end;
        }
        kind = TokenKind.Emoji;
        // Variation selectors, skin tones, and zero-width-joined sequences belong to the emoji.
        while (end < text.Length)
        {
            char c = text[end];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
            {
                end++;
            }
            else if (c == '\u200D' && end + 1 < text.Length
                && Rune.DecodeFromUtf16(text[(end + 1)..], out Rune next, out int n) == OperationStatus.Done && IsEmoji(next.Value))
            {
                end += 1 + n;
            }
            else if (Rune.DecodeFromUtf16(text[end..], out Rune modifier, out int m) == OperationStatus.Done
                && (modifier.Value is >= 0x1F3FB and <= 0x1F3FF || modifier.Value is >= 0xE0020 and <= 0xE007F))
            {
                end += m;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    private static bool IsEmoji(int cp) =>
        cp is >= 0x1F000 and <= 0x1FAFF || cp is >= 0x2600 and <= 0x27BF || cp is >= 0x2B00 and <= 0x2BFF;

    private static bool IsBmpEmoji(char c) => c is >= '\u2600' and <= '\u27BF' || c is >= '\u2B00' and <= '\u2BFF';

    /// <summary>A quotation mark of any style, as the tokenizer makes its <see cref="TokenKind.QuotationMark"/> tokens.</summary>
    internal static bool IsQuotationMark(char c) => QuotationMarks.Contains(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) =>
        c <= ' ' || (c >= '\u0080' && (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\uFEFF' or '\u00AD' or '\u2060'));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c >= '\u00C0' && char.IsLetter(c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || (c >= '\u00C0' && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark));

    private static bool IsHandleChar(char c) => IsWordChar(c) || c == '_';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private ref struct TokenWriter
    {
        private readonly Span<Token> _destination;

        public TokenWriter(Span<Token> destination) => _destination = destination;

        public int Count { get; private set; }

        public void Add(int start, int end, TokenKind kind)
        {
            if ((uint)Count >= (uint)_destination.Length)
            {
                ThrowDestinationTooSmall();
            }
            _destination[Count++] = new Token(start, end - start, kind);
        }

        private static void ThrowDestinationTooSmall() =>
            throw new ArgumentException("The token destination is too small; give one as long as the text.", "destination");
    }
}
