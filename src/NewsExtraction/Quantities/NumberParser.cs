using System.Collections.Frozen;
using System.Globalization;
using NewsExtraction.Text;

namespace NewsExtraction.Quantities;

/// <summary>
/// Reads French and English cardinals: digits with their grouping and decimal marks (<c>1.500</c>, <c>12 000</c>,
/// <c>1,5</c>, <c>1,000,000</c>), number words of any size (<c>quatre-vingt-dix-neuf</c>, <c>deux cent mille</c>,
/// <c>two hundred thousand</c>, <c>a dozen</c>) and the multipliers written after digits (<c>million</c>,
/// <c>milliards</c>, <c>bn</c>, <c>k</c>). Allocation-free; thread-safe.
/// </summary>
internal static class NumberParser
{
    // Abbreviated multipliers that may stand apart from their digits: "2.3 bn", "4 Mds".
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
        {
            ["bn"] = 1e9, ["bln"] = 1e9, ["mn"] = 1e6, ["mln"] = 1e6, ["md"] = 1e9, ["mds"] = 1e9,
            ["mrd"] = 1e9, ["mrds"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Parses digits with grouping and decimal marks. A lone <c>.</c> or <c>,</c> before exactly three digits is
    /// ambiguous: it groups thousands in French for <c>.</c> and in English for <c>,</c>, and is decimal otherwise.
    /// </summary>
    /// <returns><see langword="false"/> when the digits are no well-formed number (<c>22.10.2024</c>).</returns>
    public static bool TryParseDigits(ReadOnlySpan<char> number, Language language, out double value)
    {
        value = 0;
        int dots = 0, commas = 0, spaces = 0, lastDot = -1, lastComma = -1;
        for (int i = 0; i < number.Length; i++)
        {
            char c = number[i];
            if (c == '.')
            {
                dots++;
                lastDot = i;
            }
            else if (c == ',')
            {
                commas++;
                lastComma = i;
            }
            else if (c is ' ' or '\u00A0' or '\u202F' or '\'' or '\u2019')
            {
                spaces++; // the Swiss group with an apostrophe as French does with a space: 12'000, 12’000
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        int decimalMark;
        if (dots + commas == 0)
        {
            decimalMark = -1;
        }
        else if (spaces > 0)
        {
            // "12 000,5": spaces group, so one further mark can only be decimal.
            decimalMark = dots + commas == 1 ? Math.Max(lastDot, lastComma) : -2;
        }
        else if (dots > 0 && commas > 0)
        {
            // "1,234.5" or "1.234,5": the last mark is the decimal one and occurs once.
            decimalMark = Math.Max(lastDot, lastComma);
            if ((decimalMark == lastDot ? dots : commas) != 1)
            {
                decimalMark = -2;
            }
        }
        else if (dots + commas > 1)
        {
            decimalMark = -1; // "1,000,000", "1.000.000"
        }
        else
        {
            int mark = Math.Max(lastDot, lastComma);
            bool groupingShape = number.Length - mark - 1 == 3 && mark <= 3 && !(mark == 1 && number[0] == '0');
            bool groups = groupingShape && (number[mark] == '.') == NumberLanguage.For(language).DotGroupsThousands;
            decimalMark = groups ? -1 : mark;
        }
        if (decimalMark == -2 || !HasValidGroups(decimalMark < 0 ? number : number[..decimalMark]))
        {
            return false;
        }

        Span<char> digits = stackalloc char[number.Length];
        int n = 0;
        for (int i = 0; i < number.Length; i++)
        {
            if (i == decimalMark)
            {
                digits[n++] = '.';
            }
            else if (char.IsAsciiDigit(number[i]))
            {
                digits[n++] = number[i];
            }
        }
        return double.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Reads number words from the start of <paramref name="text"/>, across spaces and hyphens
    /// (<c>vingt et un</c>, <c>quatre-vingt-dix-neuf</c>, <c>one hundred and five</c>).
    /// An article alone (<c>un</c>, <c>a</c>) and a bare multiplier (<c>millions</c>) are not cardinals.
    /// </summary>
    /// <returns>The length of the cardinal read, or 0 when <paramref name="text"/> does not start with one.</returns>
    public static int ParseWords(ReadOnlySpan<char> text, Language language, out double value)
    {
        NumberLanguage numbers = NumberLanguage.For(language);
        FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> words = numbers.Words;
        var cardinal = new Cardinal();
        int length = 0;
        value = 0;
        int pos = 0;
        bool connectorPending = false;
        while (true)
        {
            int end = pos;
            while (end < text.Length && Tokenizer.IsLetter(text[end]))
            {
                end++;
            }
            if (end == pos || !words.TryGetValue(text[pos..end], out NumberWord word))
            {
                break;
            }
            if (word.Kind == NumberWordKind.Connector)
            {
                if (connectorPending || !cardinal.AcceptsConnector)
                {
                    break;
                }
                connectorPending = true;
            }
            else
            {
                if (connectorPending && word.Kind == NumberWordKind.Article)
                {
                    word = word with { Kind = NumberWordKind.Unit }; // "vingt et un"
                }
                if ((connectorPending && !cardinal.AcceptsAfterConnector(word)) || !cardinal.TryAdd(word, numbers))
                {
                    break;
                }
                connectorPending = false;
                if (cardinal.IsComplete)
                {
                    length = end;
                    value = cardinal.Value;
                }
            }
            pos = SkipSeparator(text, end);
            if (pos == end)
            {
                break;
            }
        }
        return length;
    }

    /// <summary>
    /// A multiplier written after digits, with or without a space: <c>million(s)</c>, <c>milliard(s)</c>,
    /// <c>mille</c>, <c>thousand</c>, <c>billion</c>, <c>bn</c>, <c>Mds</c>.
    /// </summary>
    public static bool TryGetScale(ReadOnlySpan<char> word, Language language, out double multiplier)
    {
        if (NumberLanguage.For(language).Words.TryGetValue(word, out NumberWord number) && number.Kind == NumberWordKind.Scale)
        {
            multiplier = number.Value;
            return true;
        }
        return Abbreviations.TryGetValue(word, out multiplier);
    }

    /// <summary>A one-letter multiplier glued to its digits: <c>k</c> (thousand), <c>m</c> (million).</summary>
    public static bool TryGetSuffix(ReadOnlySpan<char> word, out double multiplier)
    {
        multiplier = word is "k" or "K" ? 1e3 : word is "m" or "M" ? 1e6 : 0;
        return multiplier > 0;
    }

    /// <summary>
    /// <paramref name="value"/> times <paramref name="multiplier"/> in decimal, so that written decimals stay exact
    /// (<c>4.1 billion</c> is 4100000000, not 4099999999.9999995). Beyond decimal's range it multiplies doubles.
    /// </summary>
    public static double Multiply(double value, double multiplier) =>
        value < 1e15 && multiplier <= 1e12 ? (double)((decimal)value * (decimal)multiplier) : value * multiplier;

    /// <summary>The words of <paramref name="language"/> that can open a cardinal: number words and articles, not connectors.</summary>
    public static IEnumerable<string> OpeningWords(Language language) =>
        NumberLanguage.For(language).Words.Dictionary
            .Where(entry => entry.Value.Kind != NumberWordKind.Connector)
            .Select(entry => entry.Key);

    /// <summary>Whether <paramref name="word"/> is a number word of <paramref name="language"/>, articles and connectors excepted.</summary>
    public static bool IsNumberWord(ReadOnlySpan<char> word, Language language) =>
        NumberLanguage.For(language).Words.TryGetValue(word, out NumberWord number)
        && number.Kind is not (NumberWordKind.Article or NumberWordKind.Connector);

    private static int SkipSeparator(ReadOnlySpan<char> text, int pos)
    {
        if (pos + 1 < text.Length && Tokenizer.IsHyphen(text[pos]) && Tokenizer.IsLetter(text[pos + 1]))
        {
            return pos + 1;
        }
        int end = pos;
        while (end < text.Length && text[end] is ' ' or '\u00A0' or '\u202F')
        {
            end++;
        }
        return end;
    }

    // Groups of a grouped integer part: the first of one to three digits, then exactly three each.
    private static bool HasValidGroups(ReadOnlySpan<char> integer)
    {
        int group = 0;
        bool first = true;
        foreach (char c in integer)
        {
            if (char.IsAsciiDigit(c))
            {
                group++;
            }
            else
            {
                if (group == 0 || (first ? group > 3 : group != 3))
                {
                    return false;
                }
                first = false;
                group = 0;
            }
        }
        return group > 0 && (first || group == 3);
    }

    // Combines number words left to right: "total" holds the closed groups (deux millions), "current"
    // the group under construction (deux cent vingt), "sub" its part below a hundred.
    private struct Cardinal
    {
        private double _total;
        private double _current;
        private double _lastScale;
        private bool _article;
        private NumberWordKind _last;
        private bool _started;

        public readonly bool IsComplete => _started && !_article;

        public readonly double Value => _total + _current;

        // "vingt et un", "soixante et onze", "one hundred and five", "two thousand and twenty".
        public readonly bool AcceptsConnector =>
            _started && !_article && (_last is NumberWordKind.Hundred or NumberWordKind.Scale || (_last == NumberWordKind.Ten && _current % 10 == 0));

        public readonly bool AcceptsAfterConnector(NumberWord word) =>
            _last == NumberWordKind.Ten
                ? word.Kind == NumberWordKind.Unit && word.Value is 1 or 11
                : word.Kind is NumberWordKind.Unit or NumberWordKind.Ten;

        public bool TryAdd(NumberWord word, NumberLanguage numbers)
        {
            double sub = _current % 100;
            switch (word.Kind)
            {
                case NumberWordKind.Article:
                    if (_started)
                    {
                        return false;
                    }
                    _article = true;
                    break;
                case NumberWordKind.Unit or NumberWordKind.Ten:
                    if (_article)
                    {
                        return false;
                    }
                    if (numbers.VigesimalTens && word.Kind == NumberWordKind.Ten && word.Value == 20 && sub == 4 && _last == NumberWordKind.Unit)
                    {
                        _current += 76; // quatre-vingt(s)
                    }
                    else if ((sub == 0 && (_current == 0 || _last == NumberWordKind.Hundred))
                        || (sub >= 20 && sub % 10 == 0 && word.Kind == NumberWordKind.Unit && word.Value < 10)
                        || (numbers.VigesimalTens && sub is 60 or 80 && word.Value is >= 10 and < 20)
                        || (numbers.VigesimalTens && sub == 10 && word.Value is >= 7 and <= 9))
                    {
                        _current += word.Value;
                    }
                    else
                    {
                        return false;
                    }
                    break;
                case NumberWordKind.Hundred:
                    if (_article || (_current == 0 && _last != NumberWordKind.Hundred))
                    {
                        _current = 100;
                    }
                    else if (_current is > 0 and < 100)
                    {
                        _current *= 100;
                    }
                    else
                    {
                        return false;
                    }
                    break;
                case NumberWordKind.Dozen:
                    if (!_article && _current is <= 0 or >= 100)
                    {
                        return false;
                    }
                    _current = (_article ? 1 : _current) * 12;
                    break;
                default:
                    double multiplicand = _article ? 1 : _current;
                    bool bareMille = word.Value == 1e3 && numbers.BareThousand && !_started;
                    if ((_lastScale > 0 && word.Value >= _lastScale) || (multiplicand == 0 && !bareMille))
                    {
                        return false; // "millions" alone is vague, not a cardinal
                    }
                    _total += (bareMille ? 1 : multiplicand) * word.Value;
                    _current = 0;
                    _lastScale = word.Value;
                    break;
            }
            if (word.Kind != NumberWordKind.Article)
            {
                _article = false;
            }
            _started = true;
            _last = word.Kind;
            return true;
        }
    }
}
