using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Dates;

/// <summary>
/// Finds the dates of one sentence, token by token: a number that starts a date (a day before its month, a year,
/// digits with separators), a weekday or a month name, or a word with <c>mi-</c>/<c>mid-</c>; takes in the words
/// that belong to the date (<c>le</c>, <c>en</c>, <c>last</c>) and resolves the day it names. Lives on the stack
/// for one sentence.
/// </summary>
internal readonly ref struct DateScanner
{
    // How far, in tokens, a verb may stand from a weekday and still give it its tense.
    private const int TenseWindow = 10;

    private readonly DocumentContext _document;
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly CalendarWords _words;
    private readonly DateOnly? _anchor;
    private readonly int _first;
    private readonly int _end;

    public DateScanner(DocumentContext document, Sentence sentence, CalendarWords words)
    {
        _document = document;
        _text = document.Text;
        _tokens = document.Tokens;
        _words = words;
        _anchor = document.Date;
        _first = sentence.FirstToken;
        _end = sentence.EndToken;
    }

    /// <summary>Adds the date that starts at token <paramref name="i"/>, if any.</summary>
    /// <returns>The token to go on from.</returns>
    public int Scan(int i)
    {
        int next = _tokens[i].Kind switch
        {
            TokenKind.Number => ScanNumber(i),
            TokenKind.Word or TokenKind.Abbreviation => ScanWord(i),
            _ => i + 1,
        };
        return Math.Max(next, i + 1);
    }

    private int ScanWord(int i)
    {
        ReadOnlySpan<char> word = TokenText(i);
        if ((word[0] | 0x20) == 'm' && _words.MidPrefixLength(word) is > 0 and int prefix)
        {
            return ScanMid(i, word[prefix..]);
        }
        if (!_words.MayBeMonthOrWeekday(word))
        {
            return i + 1;
        }
        // A name an earlier stage tagged ("Theresa May") is looked up, then left alone.
        if (_words.TryGetWeekday(word, out DayOfWeek day))
        {
            return IsFree(i) ? ScanWeekday(i, day, abbreviated: false) : i + 1;
        }
        if (_words.TryGetWeekdayAbbreviation(word, out day))
        {
            return IsFree(i) ? ScanWeekday(i, day, abbreviated: true) : i + 1;
        }
        if (_words.TryGetMonth(word, out _))
        {
            return IsFree(i) ? ScanMonth(i, abbreviated: false) : i + 1;
        }
        return _words.TryGetMonthAbbreviation(word, out _) && IsFree(i) ? ScanMonth(i, abbreviated: true) : i + 1;
    }

    private int ScanNumber(int i)
    {
        ReadOnlySpan<char> digits = TokenText(i);
        if (TryParseDotted(digits, out DateOnly dotted))
        {
            return Add(WithDayArticle(i), i, i + 1, dotted); // "22.10.2024"
        }
        if (digits.ContainsAnyExceptInRange('0', '9'))
        {
            return i + 1;
        }
        if (TryReadNumericDate(i, out DateOnly date, out int end))
        {
            return Add(WithDayArticle(i), i, end, date); // "02/02/2019", "2024-10-21"
        }
        return digits.Length switch
        {
            4 => ScanYear(i),
            <= 2 => ScanDay(i),
            _ => i + 1,
        };
    }

    // "lundi", "le samedi", "last Friday", "vendredi 18 octobre", "Monday, October 21".
    private int ScanWeekday(int i, DayOfWeek day, bool abbreviated)
    {
        int j = i + 1 < _end && TokenText(i + 1) is "," ? i + 2 : i + 1;
        if (TryReadDayMonth(j, out Day explicitDay) || TryReadMonthDay(j, out explicitDay))
        {
            return Add(WithDayArticle(i), i, explicitDay.End, Resolve(explicitDay));
        }
        if (IsPartOfName(i))
        {
            return i + 1;
        }
        if (IsDayNumber(i + 1, out int dayOfMonth) && OnOneLine(i, i + 1) && !StartsWithLowerCase(i + 2))
        {
            // "lundi 21": the day of the month that falls on that weekday, nearest the document's date; not
            // "Tuesday 12 people", whose number counts the word after it.
            return Add(WithDayArticle(i), i, i + 2, _anchor is { } near ? DateResolver.WeekdayOfMonth(near, day, dayOfMonth) : null);
        }
        if (abbreviated)
        {
            return i + 1;
        }
        int start = i;
        bool strict = false;
        DateDirection direction = DateDirection.None;
        if (i > _first && _words.TryGetLeadingModifier(TokenText(i - 1), out direction))
        {
            start = i - 1;
            strict = true;
        }
        else
        {
            start = WithDayArticle(i);
        }
        DateOnly? date = null;
        if (_anchor is { } anchor)
        {
            if (!strict)
            {
                direction = TrailingDirection(i + 1) is var trailing and not DateDirection.None ? trailing : TenseAround(start, i + 1);
            }
            date = DateResolver.Weekday(anchor, day, direction, strict);
        }
        return Add(start, i, i + 1, date);
    }

    // "en août", "juillet 2017", "October 21, 2024", "last September", "October last year".
    private int ScanMonth(int i, bool abbreviated)
    {
        if (TryReadMonthDay(i, out Day day))
        {
            return Add(i, i, day.End, Resolve(day));
        }
        int end;
        if (IsYear(i + 1))
        {
            end = i + 2;
        }
        else if (abbreviated || !StandsAloneAsMonth(i))
        {
            return i + 1;
        }
        else
        {
            end = i + 2 < _end && _words.IsTrailingYearPhrase(TokenText(i + 1), TokenText(i + 2)) ? i + 3 : i + 1;
        }
        int start = i;
        if (i > _first && (_words.TryGetLeadingModifier(TokenText(i - 1), out _) || _words.IsMonthPreposition(TokenText(i - 1))))
        {
            start = i - 1;
        }
        return Add(start, i, end, null);
    }

    // A day before its month ("le 19 juin", "1er mars 2019", "13 (octobre)"), or before another that has one
    // ("entre le 8 et le 13 octobre", "les 8 et 9 janvier").
    private int ScanDay(int i)
    {
        if (TryReadDayMonth(i, out Day day))
        {
            return Add(WithDayArticle(i), i, day.End, Resolve(day));
        }
        int j = i + 1;
        if (j < _end && IsOrdinalSuffixAt(j))
        {
            j++;
        }
        if (j + 1 < _end && _words.IsDayConnector(TokenText(j)) && OnOneLine(i, j + 1)
            && (TryReadDayMonth(j + 1, out Day later) || (_words.IsDayArticle(TokenText(j + 1)) && TryReadDayMonth(j + 2, out later)))
            && IsDayNumber(i, out int value))
        {
            return Add(WithDayArticle(i), i, j, Resolve(later with { DayOfMonth = value, End = j }));
        }
        return i + 1;
    }

    // "2015", "en 2017", "spring 2006", "1990s"; not "2000 soldats", "Euro 2016", "2019 %".
    private int ScanYear(int i)
    {
        if (!IsYear(i))
        {
            return i + 1;
        }
        int end = i + 1;
        if (end < _end && Attached(i, end) && _tokens[end].Kind == TokenKind.Word && _words.IsDecadeSuffix(TokenText(end)))
        {
            end++;
        }
        else if (!StandsAsYear(i))
        {
            return i + 1;
        }
        int start = i;
        if (i > _first && (_words.IsSeason(TokenText(i - 1)) || _words.IsMonthPreposition(TokenText(i - 1))))
        {
            start = i - 1;
        }
        return Add(start, i, end, null);
    }

    // "mi-janvier", "Mi-mars", "mid-1990s", "mid-2005", "mid-March".
    private int ScanMid(int i, ReadOnlySpan<char> rest)
    {
        int digits = rest.IndexOfAnyExceptInRange('0', '9');
        bool year = digits < 0 ? rest.Length == 4 : digits == 4 && _words.IsDecadeSuffix(rest[4..]);
        if (!year && !_words.TryGetMonth(rest, out _))
        {
            return i + 1;
        }
        return Add(i, i, !year && IsYear(i + 1) ? i + 2 : i + 1, null);
    }

    // A day of the month at k, its month, and the year if written: "19 juin", "1er mars 2019", "2 fév 2019", "13 (octobre)".
    private bool TryReadDayMonth(int k, out Day day)
    {
        day = default;
        if (!IsDayNumber(k, out int value))
        {
            return false;
        }
        int m = k + 1;
        if (m < _end && IsOrdinalSuffixAt(m))
        {
            m++;
        }
        int end;
        int month;
        if (m < _end && IsMonthAt(m, out month) && OnOneLine(k, m))
        {
            end = m + 1;
        }
        else if (m + 2 < _end && TokenText(m) is "(" && IsMonthAt(m + 1, out month) && TokenText(m + 2) is ")")
        {
            end = m + 3;
        }
        else
        {
            return false;
        }
        int year = 0;
        if (IsYear(end) && OnOneLine(end - 1, end))
        {
            year = YearAt(end);
            end++;
        }
        day = new Day(value, month, year, end);
        return true;
    }

    // A month at k and the day after it, with the year if written: "October 21", "October 21st, 2024".
    private bool TryReadMonthDay(int k, out Day day)
    {
        day = default;
        if (!_words.WritesMonthBeforeDay || k + 1 >= _end || !IsMonthAt(k, out int month) || !IsDayNumber(k + 1, out int value)
            || !OnOneLine(k, k + 1))
        {
            return false;
        }
        int end = k + 2;
        if (end < _end && IsOrdinalSuffixAt(end))
        {
            end++;
        }
        int year = 0;
        int y = end < _end && TokenText(end) is "," ? end + 1 : end;
        if (IsYear(y))
        {
            year = YearAt(y);
            end = y + 1;
        }
        day = new Day(value, month, year, end);
        return true;
    }

    private bool TryReadNumericDate(int i, out DateOnly date, out int end)
    {
        date = default;
        end = i + 5;
        if (end > _end)
        {
            return false;
        }
        char separator = _text[_tokens[i + 1].Start];
        for (int k = i + 1; k < end; k++)
        {
            bool isSeparator = (k - i) % 2 == 1;
            if (!Attached(k - 1, k) || (isSeparator
                ? _tokens[k].Length != 1 || _text[_tokens[k].Start] != separator || separator is not ('/' or '-' or '.')
                : _tokens[k].Kind != TokenKind.Number || TokenText(k).ContainsAnyExceptInRange('0', '9')))
            {
                return false;
            }
        }
        ReadOnlySpan<char> a = TokenText(i), b = TokenText(i + 2), c = TokenText(i + 4);
        if (a.Length == 4 && b.Length <= 2 && c.Length <= 2)
        {
            return DateResolver.TryCreate(int.Parse(a), int.Parse(b), int.Parse(c), out date); // 2024-10-21
        }
        if (a.Length <= 2 && b.Length <= 2 && c.Length == 4)
        {
            // Day first, as in French and British writing, unless only the other order makes a date.
            int first = int.Parse(a), second = int.Parse(b), year = int.Parse(c);
            return DateResolver.TryCreate(year, second, first, out date) || DateResolver.TryCreate(year, first, second, out date);
        }
        return false;
    }

    private static bool TryParseDotted(ReadOnlySpan<char> digits, out DateOnly date)
    {
        date = default;
        int firstDot = digits.IndexOf('.');
        int lastDot = digits.LastIndexOf('.');
        if (firstDot is < 1 or > 2 || lastDot != digits.Length - 5 || lastDot - firstDot is < 2 or > 3)
        {
            return false;
        }
        return int.TryParse(digits[..firstDot], out int day)
            && int.TryParse(digits[(firstDot + 1)..lastDot], out int month)
            && int.TryParse(digits[(lastDot + 1)..], out int year)
            && DateResolver.TryCreate(year, month, day, out date);
    }

    private DateOnly? Resolve(in Day day)
    {
        if (day.Year > 0)
        {
            return DateResolver.TryCreate(day.Year, day.Month, day.DayOfMonth, out DateOnly date) ? date : null;
        }
        return _anchor is { } anchor ? DateResolver.DayOfMonth(anchor, day.Month, day.DayOfMonth, TrailingDirection(day.End)) : null;
    }

    // The tense of the nearest verb or time word to the date, looking both ways in the sentence.
    private DateDirection TenseAround(int start, int end)
    {
        for (int d = 1; d <= TenseWindow; d++)
        {
            int left = start - d, right = end - 1 + d;
            if (left >= _first && TenseAt(left) is var before and not DateDirection.None)
            {
                return before;
            }
            if (right < _end && TenseAt(right) is var after and not DateDirection.None)
            {
                return after;
            }
        }
        return DateDirection.None;
    }

    private DateDirection TenseAt(int k) =>
        _tokens[k].Kind is TokenKind.Word or TokenKind.Clitic ? _words.TenseOf(TokenText(k)) : DateDirection.None;

    private DateDirection TrailingDirection(int k) =>
        k < _end && _words.TryGetTrailingModifier(TokenText(k), out DateDirection direction) ? direction : DateDirection.None;

    // A month name alone is a date unless it is part of a name ("Theresa May", "June Sarpong") or, where month
    // names are written in lower case, has a capital inside a sentence ("la planète Mars").
    private bool StandsAloneAsMonth(int i) =>
        !IsPartOfName(i)
        && (_words.NamesNeedCapital || char.IsLower(_text[_tokens[i].Start]) || TokenContext.IsSentenceInitial(_text, _tokens, i)
            || (i > _first && _words.IsMonthPreposition(TokenText(i - 1))));

    // Whether the month or weekday at i, in a language that writes these names with a capital, is part of a
    // longer name: after a capitalised word inside the sentence ("Theresa May"), or after one that opens it and
    // does not introduce a date ("Mrs May", but "On Monday", "In May"), or before a capitalised word that is not
    // a month ("Sunday Telegraph", "June Sarpong", "Saturday Night Live"). In French, "a déclaré Emmanuel Macron
    // samedi" is a date.
    private bool IsPartOfName(int i) =>
        _words.NamesNeedCapital
        && ((TokenContext.IsCapitalizedMidSentence(_text, _tokens, i + 1) && !IsMonthAt(i + 1, out _))
            || (i > _first && TokenContext.IsCapitalized(_text, _tokens, i - 1) && !IsMonthAt(i - 1, out _)
                && (!TokenContext.IsSentenceInitial(_text, _tokens, i - 1) || !_words.IsDatePreposition(TokenText(i - 1)))));

    // A four-digit number is a year unless it is glued to a sign, a unit or a code, follows a name ("Euro 2016"),
    // or counts the plural noun after it ("2000 soldats"); before 1800, only after a word that makes it one ("en 1789").
    private bool StandsAsYear(int i)
    {
        if (i > _first && Attached(i - 1, i) && _tokens[i - 1].Kind is TokenKind.Symbol or TokenKind.Punctuation && TokenText(i - 1) is not "("
            && !(TokenText(i - 1) is "-" or "–" && IsYear(i - 2)))
        {
            return false; // "$2005", "#2019", but "1914-[1918]"
        }
        int next = i + 1;
        if (next < _end && Attached(i, next) && (_tokens[next].Kind is TokenKind.Symbol or TokenKind.Number or TokenKind.Word || TokenText(next) is "/"))
        {
            return false; // "2019%", "1500m", "2004/05"
        }
        if (i > _first && (_words.IsYearCue(TokenText(i - 1)) || _words.IsSeason(TokenText(i - 1))))
        {
            return true;
        }
        if (TokenContext.IsCapitalizedMidSentence(_text, _tokens, i - 1) && !IsMonthAt(i - 1, out _))
        {
            return false;
        }
        if (next < _end && OnOneLine(i, next) && _tokens[next].Kind == TokenKind.Symbol)
        {
            return false;
        }
        return YearAt(i) >= 1800 && !IsPluralNoun(next);
    }

    private bool StartsWithLowerCase(int k) => k < _end && _tokens[k].Kind == TokenKind.Word && char.IsLower(_text[_tokens[k].Start]);

    // A lower-case word of four letters or more ending in s or x, on the same line: what an amount counts ("soldats").
    private bool IsPluralNoun(int k) =>
        k < _end && k > _first && OnOneLine(k - 1, k) && _tokens[k].Kind == TokenKind.Word && _tokens[k].Length >= 4
        && char.IsLower(_text[_tokens[k].Start]) && TokenText(k)[^1] is 's' or 'x';

    private bool IsDayNumber(int k, out int value)
    {
        value = 0;
        if (k < _first || k >= _end || _tokens[k].Kind != TokenKind.Number || _tokens[k].Length > 2
            || TokenText(k).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        value = int.Parse(TokenText(k));
        return value is >= 1 and <= 31;
    }

    private bool IsYear(int k) => YearAt(k) > 0;

    private int YearAt(int k)
    {
        if (k < _first || k >= _end || _tokens[k].Kind != TokenKind.Number || _tokens[k].Length != 4
            || TokenText(k).ContainsAnyExceptInRange('0', '9'))
        {
            return 0;
        }
        int year = int.Parse(TokenText(k));
        return year is >= 1000 and <= 2100 ? year : 0;
    }

    private bool IsMonthAt(int k, out int month)
    {
        month = 0;
        if (k < _first || k >= _end || _tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }
        ReadOnlySpan<char> word = TokenText(k);
        return _words.MayBeMonthOrWeekday(word) && (_words.TryGetMonth(word, out month) || _words.TryGetMonthAbbreviation(word, out month));
    }

    private bool IsOrdinalSuffixAt(int k) => Attached(k - 1, k) && _tokens[k].Kind == TokenKind.Word && _words.IsOrdinalSuffix(TokenText(k));

    // The date starts at the day's article when there is one: "le 19 juin", "le samedi".
    private int WithDayArticle(int i) => i > _first && _words.IsDayArticle(TokenText(i - 1)) ? i - 1 : i;

    // Adds the date [start, end) in tokens; if the words taken in before "core" overlap another entity, without them.
    private int Add(int start, int core, int end, DateOnly? date)
    {
        int last = _tokens[end - 1].End;
        if (!_document.TryAddEntity(new EntityDraft(EntityType.Date, _tokens[start].Start, last) { Date = date }) && start < core)
        {
            _document.TryAddEntity(new EntityDraft(EntityType.Date, _tokens[core].Start, last) { Date = date });
        }
        return end;
    }

    private bool IsFree(int k) => !_document.Overlaps(_tokens[k].Start, _tokens[k].End);

    private ReadOnlySpan<char> TokenText(int k) => _text.Slice(_tokens[k].Start, _tokens[k].Length);

    private bool Attached(int left, int right) => _tokens[right].Start == _tokens[left].End;

    private bool OnOneLine(int left, int right) => !_document.LineBreakBetween(left, right);

    /// <summary>A day of the month as written: the year is 0 when not written; <see cref="End"/> is one past its last token.</summary>
    private readonly record struct Day(int DayOfMonth, int Month, int Year, int End);
}
