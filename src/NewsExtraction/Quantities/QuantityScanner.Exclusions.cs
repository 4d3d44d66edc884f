using NewsExtraction.Dates;
using NewsExtraction.Text;

namespace NewsExtraction.Quantities;

/// <summary>What looks like an amount and is not: dates, years, times of day, ordinals, codes, sums and numbers in names.</summary>
internal readonly ref partial struct QuantityScanner
{
    // Dates, times, ordinals, codes, sums and numbers in names.
    private bool IsNotAQuantity(in Amount amount, out int skip)
    {
        skip = amount.End;
        int n = amount.Number;
        int next = amount.NumberEnd;
        ReadOnlySpan<char> before = Previous(amount.First);
        // "chapter two", "page 3"; but "the club title two seasons ago" counts seasons.
        bool afterTitleWord = amount.First > _first && QuantityWords.TitleWords.Contains(before)
            && !(!amount.Digits && amount.Value >= 2 && IsCountedNoun(amount.End, amount.Value));
        if (!amount.Digits)
        {
            return (!amount.Vague && IsMonth(amount.End)) || afterTitleWord;
        }

        ReadOnlySpan<char> digits = _text[_tokens[n].Start.._tokens[next - 1].End];
        if (!amount.Vague && next < _end && Attached(next - 1, next))
        {
            char c = _text[_tokens[next].Start];
            if ((_tokens[next].Kind == TokenKind.Word && QuantityWords.NonCardinalSuffixes.Contains(TokenText(next)))
                || c is '/' or '_' or '=' or '\\')
            {
                return true;
            }
        }
        if (amount.First > _first && Attached(amount.First - 1, amount.First) && before.Length == 1 && before[0] is '/' or '_' or '=' or ':' or '#' or '\\' or '.')
        {
            return true;
        }
        // "01 23 45 67 89": a leading zero or a run of short numbers is a telephone number or a code.
        if ((digits.Length > 1 && digits[0] == '0' && char.IsAsciiDigit(digits[1]))
            || (digits.Length <= 2 && (IsShortNumberBeside(n, n - 1) || IsShortNumberBeside(n, n + 1)))
            || (before.Length == 1 && QuantityWords.IsOperator(before[0]))
            || (next < _end && _tokens[next].Length == 1 && QuantityWords.IsOperator(_text[_tokens[next].Start])))
        {
            return true;
        }
        if (IsTimeOfDay(amount, ref skip) || IsQuoted(amount))
        {
            return true;
        }
        if (IsDay(amount) && (IsMonth(next) || IsMonth(amount.First - 1)))
        {
            return true; // "21 octobre", "October 21"
        }
        if (amount.Multiplier == 1 && QuantityWords.DayArticles.Contains(before))
        {
            return true; // "le 8", "du 8 au 13", "le 49.3": a singular article makes a day or a name
        }
        if (IsDay(amount) && next + 2 < _end && IsMonth(next + 2) && _tokens[next + 1].Kind == TokenKind.Number && _tokens[next + 1].Length <= 2
            && (QuantityWords.Is(TokenText(next), "et") || QuantityWords.Is(TokenText(next), "and") || TokenText(next) is "," or "-" or "–"))
        {
            skip = next + 2;
            return true; // "les 18 et 19 novembre"
        }
        // English writes counts of thousands with a comma, so four plain digits there are a year ("a 2023 report").
        if (IsYear(amount)
            && (_words.PlainFourDigitsAreYears || IsMonth(amount.First - 1) || _calendar.IsYearCue(before) || !IsCountedNoun(amount.End, amount.Value)))
        {
            return true; // "en 2024", "octobre 2024"; "2000 soldats" stays
        }
        // "Épisode 6", "l'article 49.3", "Windows 10": a number after a title word, or a plain one inside a name.
        return amount.First > _first
            && (afterTitleWord || before is "°"
                || (amount.Plain && amount.First - 1 > _first && _tokens[amount.First - 1].Kind == TokenKind.Word && char.IsUpper(before[0])
                    && !QuantityWords.FrenchFunctionWords.Contains(before) && !QuantityWords.EnglishFunctionWords.Contains(before)));
    }

    // A bare number between quotation marks is cited as a name, not counted: la cité des "4.000", « 49.3 ».
    private bool IsQuoted(in Amount amount) =>
        amount.First > _first && amount.End < _end
        && _tokens[amount.First - 1].Kind == TokenKind.QuotationMark && _tokens[amount.End].Kind == TokenKind.QuotationMark
        && Attached(amount.First - 1, amount.First) && Attached(amount.End - 1, amount.End);

    private bool IsDay(in Amount amount) => amount.Plain && amount.Value is >= 1 and <= 31;

    // "10:30", "14h30", "14 h 30", "3 p.m.", "à 14 heures".
    private bool IsTimeOfDay(in Amount amount, ref int skip)
    {
        int n = amount.NumberEnd - 1;
        int m = n + 1;
        if (m >= _end || !OnOneLine(n, m))
        {
            return false;
        }
        ReadOnlySpan<char> next = TokenText(m);
        bool minutesFollow = m + 1 < _end && _tokens[m + 1].Kind == TokenKind.Number && OnOneLine(m, m + 1) && _tokens[m + 1].Length == 2;
        if ((next is ":" && Attached(n, m) && minutesFollow && Attached(m, m + 1)) || (next is "h" or "H" && minutesFollow))
        {
            skip = m + 2;
            return true;
        }
        if ((next.Length == 3 && next[0] is 'h' or 'H' && char.IsAsciiDigit(next[1]) && char.IsAsciiDigit(next[2]) && Attached(n, m))
            || QuantityWords.ClockMarkers.Contains(next)
            || (QuantityWords.HourWords.Contains(next) && amount.Plain && amount.Value <= 24
                && QuantityWords.TimePrepositions.Contains(Previous(amount.First))))
        {
            skip = m + 1;
            return true;
        }
        return false;
    }

    private bool IsShortNumberBeside(int n, int k) =>
        k >= _first && k < _end && _tokens[k].Kind == TokenKind.Number && _tokens[k].Length <= 2
        && OnOneLine(Math.Min(n, k), Math.Max(n, k));

    private bool IsYear(in Amount amount) =>
        amount.Plain && amount.Value is >= 1000 and <= 2100 && _tokens[amount.Number].Length == 4;

    private bool IsMonth(int k)
    {
        if (k < _first || k >= _end || _tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }
        return CalendarWords.IsMonthInAnyLanguage(TokenText(k));
    }
}
