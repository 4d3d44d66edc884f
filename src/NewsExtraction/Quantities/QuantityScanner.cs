using NewsExtraction.Dates;
using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Quantities;

/// <summary>
/// Finds the quantities of one sentence, token by token: reads an amount (digits, words or a vague noun),
/// rejects what is a date, time, ordinal, code or name, joins a range, takes the unit or counted noun that
/// follows, and looks around for approximators. Lives on the stack for one sentence. What is not an amount is in
/// QuantityScanner.Exclusions.cs, the unit after an amount in QuantityScanner.Units.cs.
/// </summary>
internal readonly ref partial struct QuantityScanner
{
    private static readonly System.Buffers.SearchValues<char> LetterOrHyphen = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    private readonly DocumentContext _document;
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly Language _language;
    private readonly QuantityLanguage _words;
    private readonly CalendarWords _calendar;
    private readonly int _first;
    private readonly int _end;

    public QuantityScanner(DocumentContext document, Sentence sentence)
    {
        _document = document;
        _text = document.Text;
        _tokens = document.Tokens;
        _language = document.ModelLanguage;
        _words = QuantityLanguage.For(_language);
        _calendar = CalendarWords.For(_language);
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
            bool hyphen = Tokenizer.IsHyphen(_text[_tokens[connector].Start]) || _text[_tokens[connector].Start] == '–';
            if (hyphen && IsScoreOrCode(amount, upper))
            {
                return upper.End;
            }
            double lower = LowerBound(amount, upper);
            if (lower < upper.Value)
            {
                // A range is two amounts, the lower one scaled by the multiplier they share ("entre 2 et 5 millions
                // de dollars" is 2000000 and 5000000 dollars). The lower one keeps only its own currency sign as a
                // unit; an approximator before the range applies to both.
                opener = opened ? amount.First - 1 : amount.First;
                Token sign = _tokens[amount.First];
                AddQuantity(amount.First, amount.End, lower, amount.Currency ? sign.Start : -1, amount.Currency ? sign.End : -1,
                    EndsWithAny(opener, QuantityWords.ApproximatorsBefore));
                amount = upper;
            }
            else if (hyphen)
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
        else if (amount.CompoundUnit > 0)
        {
            unitStart = amount.CompoundUnit; // "five-year"
            unitEnd = _tokens[amount.End - 1].End;
        }
        else
        {
            end = ReadUnit(amount, end, ref unitStart, ref unitEnd);
        }

        if (unitStart < 0 && !amount.Digits && !amount.Vague && amount.End - amount.First == 1
            && ((_words.WordsNeedingNoun.Contains(TokenText(amount.First)) && !IsPartitive(amount.End))
                || QuantityWords.Is(Previous(amount.First), "no")))
        {
            return amount.End; // "one of them", "un bâtiment neuf"; but "neuf de ses dix députés"
        }

        bool during = QuantityWords.Is(Previous(opener), "over") && unitStart >= 0
            && QuantityWords.Durations.Contains(_document.Text.AsSpan(unitStart, unitEnd - unitStart));
        bool approximate = amount.Vague
            || (EndsWithAny(opener, QuantityWords.ApproximatorsBefore) && !during)
            || StartsWithAny(end, QuantityWords.ApproximatorsAfter);
        AddQuantity(amount.First, end, amount.Value, unitStart, unitEnd, approximate);
        return end;
    }

    // Plain numbers joined by a hyphen, of very different lengths ("No. 14-915") or short and counting nothing
    // ("6 - 4, 2 - 6"), are a code or a score, not a range.
    private bool IsScoreOrCode(in Amount lower, in Amount upper)
    {
        if (!lower.Plain || !upper.Plain)
        {
            return false;
        }
        int lowerDigits = _tokens[lower.Number].Length, upperDigits = _tokens[upper.Number].Length;
        int unitStart = -1, unitEnd = -1;
        return upperDigits - lowerDigits >= 2
            || (upperDigits <= 2 && lowerDigits <= 2 && ReadUnit(upper, upper.End, ref unitStart, ref unitEnd) == upper.End);
    }

    // Tokens [first, end); the unit's characters [unitStart, unitEnd), unitStart -1 for none.
    private void AddQuantity(int first, int end, double value, int unitStart, int unitEnd, bool approximate)
    {
        if (!double.IsFinite(value))
        {
            return; // hundreds of digits: beyond any count, a code or noise, and no JSON number
        }
        if (unitStart >= 0 && _document.FindOverlapping(unitStart, unitEnd) is (int place, 1)
            && _document.Entities[place].Type is EntityType.Location or EntityType.Country)
        {
            _document.RemoveEntityAt(place); // a counted place: "les deux Corées"
        }
        _document.TryAddEntity(new EntityDraft(EntityType.Quantity, _tokens[first].Start, _tokens[end - 1].End)
        {
            Value = value,
            Unit = unitStart < 0 ? null : _document.Text[unitStart..unitEnd],
            Approximate = approximate,
        });
    }

    // "de ses", "d'entre": a partitive that lets a number word stand without its noun.
    private bool IsPartitive(int k) =>
        k + 1 < _end && QuantityWords.IsOf(TokenText(k)) && _words.PartitiveDeterminers.Contains(TokenText(k + 1));

    // An amount: optional currency sign or plus/minus sign, then digits with an optional multiplier, or number
    // words, or a vague noun (with its own determiner when singular), possibly multiplied ("une dizaine de milliers").
    private bool TryReadAmount(int i, out Amount amount)
    {
        amount = new Amount { First = i, Number = i, NumberEnd = i + 1, Multiplier = 1 };
        Token token = _tokens[i];
        bool negative = false;
        if (token.Length == 1 && i + 1 < _end && _tokens[i + 1].Kind == TokenKind.Number)
        {
            char c = _text[token.Start];
            if (token.Kind == TokenKind.Symbol && QuantityWords.IsCurrencySign(c) && _tokens[i + 1].Start - token.End <= 1)
            {
                amount.Currency = true;
                amount.Number = i + 1;
            }
            else if (c is '+' or '-' or '−' && Attached(i, i + 1) && (i == _first || !Attached(i - 1, i) || IsOpening(i - 1)))
            {
                negative = c != '+'; // "(52%, +15)", "des -10 %"; not "2-1" or "10-12"
                amount.Number = i + 1;
            }
            token = _tokens[amount.Number];
        }
        bool read = token.Kind switch
        {
            TokenKind.Number => TryReadDigits(ref amount),
            TokenKind.Word when amount.Number == i => TryReadWords(ref amount),
            _ => false,
        };
        if (negative)
        {
            amount.Value = -amount.Value;
            amount.Plain = false;
        }
        return read && !_document.Overlaps(_tokens[amount.First].Start, _tokens[amount.End - 1].End);
    }

    private bool IsOpening(int k) => _tokens[k].Kind == TokenKind.QuotationMark || TokenText(k) is "(" or "[";

    private bool TryReadDigits(ref Amount amount)
    {
        int n = amount.Number;
        int numberEnd = SwissGroupsEnd(n);
        ReadOnlySpan<char> digits = _text[_tokens[n].Start.._tokens[numberEnd - 1].End];
        if (!NumberParser.TryParseDigits(digits, _language, out double value))
        {
            return false; // "22.10.2024"
        }
        amount.Digits = true;
        amount.Plain = !digits.ContainsAnyExceptInRange('0', '9');
        amount.Value = value;
        amount.NumberEnd = numberEnd;
        amount.End = numberEnd;
        int m = numberEnd;
        if (m < _end && _tokens[m].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> word = TokenText(m);
            bool attached = Attached(m - 1, m);
            // A glued "m" is a million in English and with money ("$5m"); in French it is a metre.
            if (((attached || OnOneLine(m - 1, m)) && NumberParser.TryGetScale(word, _language, out double multiplier))
                || (attached && NumberParser.TryGetSuffix(word, out multiplier)
                    && (word is not "m" || amount.Currency || _words.GluedMIsMillion)))
            {
                amount.Value = NumberParser.Multiply(amount.Value, multiplier);
                amount.Multiplier = multiplier;
                amount.Plain = false;
                amount.End = m + 1;
            }
            else if (attached && word is "s" or "S" && IsDecadeAge(n, numberEnd))
            {
                amount.End = m + 1; // "in their 30s": an age, counted by its decade
                amount.Vague = true;
            }
        }
        return true;
    }

    // Swiss grouping splits "300'000" and "1’000’000" into numbers and apostrophes: one past the last group.
    private int SwissGroupsEnd(int n)
    {
        int end = n + 1;
        if (_tokens[n].Length > 3)
        {
            return end;
        }
        while (end + 1 < _end && _tokens[end].Length == 1 && Tokenizer.IsApostrophe(_text[_tokens[end].Start])
            && Attached(end - 1, end) && Attached(end, end + 1) && _tokens[end + 1].Kind == TokenKind.Number
            && _tokens[end + 1].Length == 3 && !TokenText(end + 1).ContainsAnyExceptInRange('0', '9'))
        {
            end += 2;
        }
        return end;
    }

    // "in their 30s", "in her early 40s", and the decades listed after one: "in their 30s, 40s and 50s".
    private bool IsDecadeAge(int n, int numberEnd)
    {
        if (numberEnd != n + 1 || _tokens[n].Length != 2 || _text[_tokens[n].Start + 1] != '0')
        {
            return false;
        }
        if (_words.DecadeAgeOwners.Contains(Previous(n)))
        {
            return true;
        }
        int s = n - 2; // the "s" of the decade before the comma or conjunction
        return s > _first && (Previous(n) is "," || _words.Coordinators.Contains(Previous(n)))
            && TokenText(s) is "s" && _tokens[s - 1].Kind == TokenKind.Number && Attached(s - 1, s) && IsDecadeAge(s - 1, s);
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
        if (!_words.Openers.MayContain(word[..part]))
        {
            return false;
        }
        double value;
        bool ofFollows = i + 1 < _end && QuantityWords.IsOf(TokenText(i + 1));
        if ((QuantityWords.Is(word, "un") || QuantityWords.Is(word, "une"))
            && i + 1 < _end && QuantityWords.VagueSingulars.TryGetValue(TokenText(i + 1), out value))
        {
            amount.End = i + 2;
        }
        else if ((QuantityWords.VaguePlurals.TryGetValue(word, out value)
                && (ofFollows || QuantityWords.VagueDeterminers.Contains(Previous(i))))
            || (ofFollows && QuantityWords.VagueSingulars.TryGetValue(word, out value)))
        {
            amount.End = i + 1; // "des milliers", "la centaine de professionnels": the determiner stays outside
        }
        else if (_words.OneWords.Contains(word) && IsOneDuration(i))
        {
            amount.Value = 1; // "il y a une année", "un mois plus tôt"
            amount.End = i + 1;
            return true;
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
        // The words must end where a token ends ("deux-roues" is no amount), or, where number words make
        // adjectives, before a hyphen and a noun: "a five-year ban".
        int k = i;
        while (k < _end && _tokens[k].End < start + length)
        {
            k++;
        }
        if (k == _end)
        {
            return false;
        }
        if (_tokens[k].End != start + length)
        {
            int noun = start + length + 1;
            ReadOnlySpan<char> compound = _text[noun.._tokens[k].End];
            if (!_words.NumberWordCompounds || !Tokenizer.IsHyphen(_text[noun - 1]) || _tokens[k].Start > start + length
                || compound.ContainsAnyExcept(LetterOrHyphen) || IsOrdinalOrFraction(compound)
                || (_words.WordsNeedingNoun.Contains(_text[start..(noun - 1)]) && !_words.DurationNouns.Contains(compound)))
            {
                return false; // "twenty-first"; "a one-time charge", but "a one-year ban"
            }
            amount.CompoundUnit = noun;
        }
        amount.Value = value;
        amount.End = k + 1;
        if (NumberParser.TryGetScale(TokenText(k), _language, out double multiplier))
        {
            amount.Multiplier = multiplier;
        }
        return true;
    }

    // "twenty-first", "thirty-fifth", "two-thirds", "three-quarters": a number word's ordinal or fraction.
    private bool IsOrdinalOrFraction(ReadOnlySpan<char> word)
    {
        if (word.EndsWith('s'))
        {
            word = word[..^1];
        }
        return _words.Ordinals.Contains(word)
            || (word.EndsWith("th", StringComparison.OrdinalIgnoreCase) && NumberParser.IsNumberWord(word[..^2], _language));
    }

    // An article before a unit of time counts one of it when a time cue is beside them: "il y a une année",
    // "moins d'une semaine", "un mois plus tôt"; "une année record" and "un mois de basse saison" are no amounts.
    private bool IsOneDuration(int i) =>
        i + 1 < _end && _words.DurationNouns.Contains(TokenText(i + 1))
        && (EndsWithAny(i, _words.OneDurationCuesBefore) || StartsWithAny(i + 2, _words.OneDurationCuesAfter));

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

        /// <summary>One past the digits' last token: Swiss groups are tokens of their own (<c>300'000</c>).</summary>
        public int NumberEnd;

        /// <summary>Where the noun of a number word's compound starts (<c>five-year</c>), else 0.</summary>
        public int CompoundUnit;

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
