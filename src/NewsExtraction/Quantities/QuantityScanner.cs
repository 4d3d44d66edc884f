using System.Collections.Frozen;
using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Quantities;

/// <summary>
/// Finds the quantities of one sentence, token by token: reads an amount (digits, words or a vague noun),
/// rejects what is a date, time, ordinal, code or name, joins a range, takes the unit or counted noun that
/// follows, and looks around for approximators. Lives on the stack for one sentence.
/// </summary>
internal readonly ref struct QuantityScanner
{
    // The words that can open an amount, to skip every other word without a dictionary lookup.
    private static readonly WordShapeFilter FrenchOpeners =
        new([.. NumberParser.OpeningWords(Language.French), .. QuantityWords.VaguePlurals.Dictionary.Keys]);

    private static readonly WordShapeFilter EnglishOpeners =
        new([.. NumberParser.OpeningWords(Language.English), .. QuantityWords.VaguePlurals.Dictionary.Keys]);

    private readonly DocumentContext _document;
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly Language _language;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _functionWords;
    private readonly WordShapeFilter _openers;
    private readonly int _first;
    private readonly int _end;

    public QuantityScanner(DocumentContext document, Sentence sentence)
    {
        _document = document;
        _text = document.Text;
        _tokens = document.Tokens;
        _language = document.ModelLanguage;
        _functionWords = _language == Language.English ? QuantityWords.EnglishFunctionWords : QuantityWords.FrenchFunctionWords;
        _openers = _language == Language.English ? EnglishOpeners : FrenchOpeners;
        _first = sentence.FirstToken;
        _end = sentence.EndToken;
    }

    /// <summary>Adds the quantity that starts at token <paramref name="i"/>, if any.</summary>
    /// <returns>The token to go on from.</returns>
    public int Scan(int i)
    {
        if (!TryReadAmount(i, out Amount amount))
        {
            return i + 1;
        }
        if (IsNotAQuantity(amount, out int skip))
        {
            return skip;
        }

        bool range = false;
        int opener = amount.First; // the token before which approximators are looked for
        int connector = amount.End;
        if (!amount.Vague && connector + 1 < _end && IsRangeConnector(connector, amount.First, out bool opened)
            && TryReadAmount(connector + 1, out Amount upper) && !upper.Vague)
        {
            if (IsNotAQuantity(upper, out skip))
            {
                return Math.Max(skip, upper.End); // "du 8 au 13 octobre", "8-13 October"
            }
            if (IsYear(amount) && IsYear(upper))
            {
                return upper.End; // "1914-1918"
            }
            double lower = LowerBound(amount, upper);
            if (lower < upper.Value)
            {
                amount.Value = lower;
                amount.End = upper.End;
                amount.Multiplier = upper.Multiplier;
                range = true;
                opener = opened ? amount.First - 1 : amount.First;
            }
            else if (Tokenizer.IsHyphen(_text[_tokens[connector].Start]) || _text[_tokens[connector].Start] == '–')
            {
                return upper.End; // a score or a code: "2-1", "19-16"
            }
        }

        int end = amount.End;
        int unitStart = -1, unitEnd = -1;
        if (amount.Currency)
        {
            unitStart = _tokens[amount.First].Start;
            unitEnd = _tokens[amount.First].End;
        }
        else
        {
            end = ReadUnit(amount, end, ref unitStart, ref unitEnd);
        }

        if (unitStart < 0 && !amount.Digits && !amount.Vague && amount.End - amount.First == 1
            && (QuantityWords.WordsNeedingNoun.Contains(TokenText(amount.First)) || QuantityWords.Is(Previous(amount.First), "no")))
        {
            return amount.End; // "one of them", "un bâtiment neuf"
        }

        int start = _tokens[amount.First].Start;
        int stop = _tokens[end - 1].End;
        if (!double.IsFinite(amount.Value))
        {
            return end; // hundreds of digits: beyond any count, a code or noise, and no JSON number
        }
        bool during = QuantityWords.Is(Previous(opener), "over") && unitStart >= 0
            && QuantityWords.Durations.Contains(_document.Text.AsSpan(unitStart, unitEnd - unitStart));
        bool approximate = amount.Vague || range
            || (EndsWithAny(opener, QuantityWords.ApproximatorsBefore) && !during)
            || StartsWithAny(end, QuantityWords.ApproximatorsAfter);
        _document.TryAddEntity(new EntityDraft(EntityType.Quantity, start, stop)
        {
            Value = amount.Value,
            Unit = unitStart < 0 ? null : _document.Text[unitStart..unitEnd],
            Approximate = approximate,
        });
        return end;
    }

    // An amount: optional currency sign, then digits with an optional multiplier, or number words, or a vague
    // noun (with its own determiner when singular), possibly multiplied ("une dizaine de milliers").
    private bool TryReadAmount(int i, out Amount amount)
    {
        amount = new Amount { First = i, Number = i, Multiplier = 1 };
        Token token = _tokens[i];
        if (token.Kind == TokenKind.Symbol && token.Length == 1 && QuantityWords.IsCurrencySign(_text[token.Start])
            && i + 1 < _end && _tokens[i + 1].Kind == TokenKind.Number && _tokens[i + 1].Start - token.End <= 1)
        {
            amount.Currency = true;
            amount.Number = i + 1;
            token = _tokens[i + 1];
        }
        bool read = token.Kind switch
        {
            TokenKind.Number => TryReadDigits(ref amount),
            TokenKind.Word when !amount.Currency => TryReadWords(ref amount),
            _ => false,
        };
        return read && !_document.Overlaps(_tokens[amount.First].Start, _tokens[amount.End - 1].End);
    }

    private bool TryReadDigits(ref Amount amount)
    {
        int n = amount.Number;
        ReadOnlySpan<char> digits = TokenText(n);
        if (!NumberParser.TryParseDigits(digits, _language, out double value))
        {
            return false; // "22.10.2024"
        }
        amount.Digits = true;
        amount.Plain = !digits.ContainsAnyExceptInRange('0', '9');
        amount.Value = value;
        amount.End = n + 1;
        int m = n + 1;
        if (m < _end && _tokens[m].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> word = TokenText(m);
            bool attached = _tokens[m].Start == _tokens[n].End;
            // A glued "m" is a million in English and with money ("$5m"); in French it is a metre.
            if (((attached || OnOneLine(n, m)) && NumberParser.TryGetScale(word, _language, out double multiplier))
                || (attached && NumberParser.TryGetSuffix(word, out multiplier)
                    && (word is not "m" || amount.Currency || _language == Language.English)))
            {
                amount.Value = NumberParser.Multiply(amount.Value, multiplier);
                amount.Multiplier = multiplier;
                amount.Plain = false;
                amount.End = m + 1;
            }
        }
        return true;
    }

    private bool TryReadWords(ref Amount amount)
    {
        int i = amount.First;
        ReadOnlySpan<char> word = TokenText(i);
        int part = 0;
        while (part < word.Length && !Tokenizer.IsHyphen(word[part]))
        {
            part++;
        }
        if (!_openers.MayContain(word[..part]))
        {
            return false;
        }
        double value;
        if ((QuantityWords.Is(word, "un") || QuantityWords.Is(word, "une"))
            && i + 1 < _end && QuantityWords.VagueSingulars.TryGetValue(TokenText(i + 1), out value))
        {
            amount.End = i + 2;
        }
        else if (QuantityWords.VaguePlurals.TryGetValue(word, out value)
            && ((i + 1 < _end && QuantityWords.IsOf(TokenText(i + 1))) || QuantityWords.VagueDeterminers.Contains(Previous(i))))
        {
            amount.End = i + 1;
        }
        else
        {
            return TryReadCardinalWords(ref amount);
        }

        amount.Vague = true;
        amount.Value = value;
        int of = amount.End;
        if (of + 1 < _end && QuantityWords.IsOf(TokenText(of))
            && QuantityWords.VaguePlurals.TryGetValue(TokenText(of + 1), out double scale) && scale >= 1e3)
        {
            amount.Value *= scale; // "une dizaine de milliers", "tens of thousands"
            amount.End = of + 2;
        }
        else if (QuantityWords.Is(word, "tens"))
        {
            return false; // "tens" counts only thousands and millions
        }
        return true;
    }

    private bool TryReadCardinalWords(ref Amount amount)
    {
        int i = amount.First;
        int start = _tokens[i].Start;
        int length = NumberParser.ParseWords(_text[start.._tokens[_end - 1].End], _language, out double value);
        if (length == 0)
        {
            return false;
        }
        // The words must end where a token ends: "deux-roues" and "three-year" are not amounts.
        int k = i;
        while (k < _end && _tokens[k].End < start + length)
        {
            k++;
        }
        if (k == _end || _tokens[k].End != start + length)
        {
            return false;
        }
        amount.Value = value;
        amount.End = k + 1;
        if (NumberParser.TryGetScale(TokenText(k), _language, out double multiplier))
        {
            amount.Multiplier = multiplier;
        }
        return true;
    }

    // Dates, times, ordinals, codes, sums and numbers in names.
    private bool IsNotAQuantity(in Amount amount, out int skip)
    {
        skip = amount.End;
        int n = amount.Number;
        int next = n + 1;
        ReadOnlySpan<char> before = Previous(amount.First);
        if (!amount.Digits)
        {
            return (!amount.Vague && IsMonth(amount.End)) || (amount.First > _first && QuantityWords.TitleWords.Contains(before));
        }

        ReadOnlySpan<char> digits = TokenText(n);
        if (next < _end && Attached(n, next))
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
        if (IsTimeOfDay(amount, ref skip))
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
            && (_language == Language.English || IsMonth(amount.First - 1) || QuantityWords.YearCues.Contains(before) || !IsCountedNoun(amount.End, amount.Value)))
        {
            return true; // "en 2024", "octobre 2024"; "2000 soldats" stays
        }
        // "Épisode 6", "l'article 49.3", "Windows 10": a number after a title word, or a plain one inside a name.
        return amount.First > _first
            && (QuantityWords.TitleWords.Contains(before) || before is "°"
                || (amount.Plain && amount.First - 1 > _first && _tokens[amount.First - 1].Kind == TokenKind.Word && char.IsUpper(before[0])
                    && !QuantityWords.FrenchFunctionWords.Contains(before) && !QuantityWords.EnglishFunctionWords.Contains(before)));
    }

    private bool IsDay(in Amount amount) => amount.Plain && amount.Value is >= 1 and <= 31;

    // "10:30", "14h30", "14 h 30", "3 p.m.", "à 14 heures".
    private bool IsTimeOfDay(in Amount amount, ref int skip)
    {
        int n = amount.Number;
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

    private bool IsRangeConnector(int c, int first, out bool opened)
    {
        ReadOnlySpan<char> word = TokenText(c);
        opened = false;
        if ((_tokens[c].Kind == TokenKind.Punctuation && (word is "–" || (word.Length == 1 && Tokenizer.IsHyphen(word[0]))))
            || QuantityWords.Is(word, "à") || QuantityWords.Is(word, "to"))
        {
            return true;
        }
        ReadOnlySpan<char> before = first > _first ? TokenText(first - 1) : default;
        opened = (QuantityWords.Is(word, "et") && QuantityWords.Is(before, "entre"))
            || (QuantityWords.Is(word, "and") && QuantityWords.Is(before, "between"));
        return opened;
    }

    // The lower bound shares the upper bound's multiplier ("2 à 3 millions") or its thousands ("10-12,000").
    private double LowerBound(in Amount lower, in Amount upper)
    {
        if (lower.Multiplier == 1 && upper.Multiplier > 1)
        {
            return NumberParser.Multiply(lower.Value, upper.Multiplier);
        }
        if (lower.Plain && upper.Digits && upper.Multiplier == 1)
        {
            ReadOnlySpan<char> grouped = TokenText(upper.Number);
            int lead = grouped.IndexOfAnyExceptInRange('0', '9');
            if (lead > 0 && lead == TokenText(lower.Number).Length && grouped.Length - lead == 4)
            {
                double value = lower.Value;
                // A zero lower bound ("0-1,000") is not scaled: it would never pass the upper bound.
                while (value > 0 && value * 1000 <= upper.Value)
                {
                    value *= 1000;
                }
                return value;
            }
        }
        return lower.Value;
    }

    // The unit or counted noun after the amount: a sign (10 %), "pour cent", a noun after "de"/"of" when the
    // amount is a multiplier or a vague noun (5 millions de dollars), or the noun that directly follows.
    private int ReadUnit(in Amount amount, int end, ref int unitStart, ref int unitEnd)
    {
        if (end >= _end || !OnOneLine(end - 1, end))
        {
            return end;
        }
        Token token = _tokens[end];
        ReadOnlySpan<char> word = TokenText(end);
        int unit;
        if (token.Length == 1 && QuantityWords.IsUnitSign(word[0]))
        {
            unit = end;
        }
        else if (StartsWithUnitPhrase(end) is > 0 and int length)
        {
            unitStart = token.Start;
            unitEnd = _tokens[end + length - 1].End;
            return end + length;
        }
        else if ((amount.Vague || amount.Multiplier > 1) && QuantityWords.IsOf(word) && IsCountedNoun(end + 1, amount.Value))
        {
            unit = end + 1;
        }
        else if (IsCountedNoun(end, amount.Value))
        {
            unit = end;
        }
        else if (_language == Language.English && IsNounModifier(end) && IsCountedNoun(end + 1, amount.Value))
        {
            // English puts one modifier before the counted noun: "12 armoured vehicles", "27 member states".
            unitStart = token.Start;
            unitEnd = _tokens[end + 1].End;
            return end + 2;
        }
        else if (amount.Digits && word.Length == 1 && Tokenizer.IsHyphen(word[0]) && Attached(end - 1, end)
            && end + 1 < _end && Attached(end, end + 1) && IsCountedNoun(end + 1, 1))
        {
            unit = end + 1; // "a 10-day truce"
        }
        else
        {
            return end;
        }
        unitStart = _tokens[unit].Start;
        unitEnd = _tokens[unit].End;
        return unit + 1;
    }

    // A noun counted by an amount of two or more is plural, an invariable noun or a unit symbol: this keeps
    // verbs and adjectives out ("101 remain", "le budget 2025 prévoit").
    private bool IsCountedNoun(int k, double amount)
    {
        if (k >= _end || _tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }
        ReadOnlySpan<char> word = TokenText(k);
        if (amount >= 2 && !Attached(k - 1, k) && word[^1] is not ('s' or 'x' or 'S' or 'X') && !QuantityWords.Units.Contains(word))
        {
            return false;
        }
        // English adjectives come before the noun, so a capital there starts a name ("3,000 North Korean troops");
        // a unit glued to the digits stays one ("40C").
        return !_functionWords.Contains(word)
            && !(_language == Language.English && char.IsUpper(word[0]) && !Attached(k - 1, k))
            && !NumberParser.IsNumberWord(word, _language)
            && !QuantityWords.VaguePlurals.ContainsKey(word)
            && !IsMonth(k)
            && !_document.Overlaps(_tokens[k].Start, _tokens[k].End);
    }

    private bool IsNounModifier(int k)
    {
        if (k + 1 >= _end || _tokens[k].Kind != TokenKind.Word || !OnOneLine(k, k + 1))
        {
            return false;
        }
        ReadOnlySpan<char> word = TokenText(k);
        return char.IsLower(word[0])
            && !_functionWords.Contains(word)
            && !NumberParser.IsNumberWord(word, _language)
            && !QuantityWords.VaguePlurals.ContainsKey(word)
            && !_document.Overlaps(_tokens[k].Start, _tokens[k].End);
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
        ReadOnlySpan<char> word = TokenText(k).TrimEnd('.');
        return QuantityWords.FrenchMonths.Contains(word) || QuantityWords.EnglishMonths.Contains(word);
    }

    // "pour cent", "percentage points": the number of tokens of the unit phrase at k, or 0.
    private int StartsWithUnitPhrase(int k)
    {
        foreach (string[] phrase in QuantityWords.UnitPhrases)
        {
            if (StartsWith(k, phrase))
            {
                return phrase.Length;
            }
        }
        return 0;
    }

    private bool EndsWithAny(int before, string[][] phrases)
    {
        foreach (string[] phrase in phrases)
        {
            int k = before - phrase.Length;
            if (k < _first)
            {
                continue;
            }
            int w = 0;
            while (w < phrase.Length && QuantityWords.Is(TokenText(k + w), phrase[w]))
            {
                w++;
            }
            if (w == phrase.Length)
            {
                return true;
            }
        }
        return false;
    }

    private bool StartsWithAny(int after, string[][] phrases)
    {
        foreach (string[] phrase in phrases)
        {
            if (StartsWith(after, phrase))
            {
                return true;
            }
        }
        return false;
    }

    private bool StartsWith(int k, string[] phrase)
    {
        if (k + phrase.Length > _end)
        {
            return false;
        }
        for (int w = 0; w < phrase.Length; w++)
        {
            if (!QuantityWords.Is(TokenText(k + w), phrase[w]))
            {
                return false;
            }
        }
        return true;
    }

    private ReadOnlySpan<char> TokenText(int k) => _text.Slice(_tokens[k].Start, _tokens[k].Length);

    private ReadOnlySpan<char> Previous(int k) => k > _first ? TokenText(k - 1) : default;

    private bool Attached(int left, int right) => _tokens[right].Start == _tokens[left].End;

    // Only spaces between two tokens, no line break: a heading's number does not count the next line's noun.
    private bool OnOneLine(int left, int right) => !_document.LineBreakBetween(left, right);

    private struct Amount
    {
        /// <summary>First token of the span: the currency sign, the numeral's own determiner, or the number.</summary>
        public int First;

        /// <summary>The token where the digits or words start.</summary>
        public int Number;

        /// <summary>One past the amount's last token, before any unit.</summary>
        public int End;

        public double Value;

        /// <summary>The multiplier the amount ends with (<c>million</c> = 1e6), else 1.</summary>
        public double Multiplier;

        public bool Digits;

        /// <summary>Digits alone, without grouping, decimals or multiplier: what days, years and episodes look like.</summary>
        public bool Plain;

        public bool Vague;

        public bool Currency;
    }
}
