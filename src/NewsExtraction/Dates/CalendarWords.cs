using System.Collections.Frozen;
using NewsExtraction.Text;

namespace NewsExtraction.Dates;

/// <summary>
/// The calendar words of one language as span lookups: months, weekdays and their abbreviations, seasons, days
/// named relative to today, and the words around a date that belong to it or say which way it points. The one
/// place for this knowledge: the date stage finds dates with it, the quantity stage asks it what is not an amount.
/// Immutable and thread-safe.
/// </summary>
internal sealed class CalendarWords
{
    private readonly WordShapeFilter _names;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _months;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _monthAbbreviations;
    private readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> _weekdays;
    private readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> _weekdayAbbreviations;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _relativeDays;
    private readonly FrozenDictionary<string, DateDirection>.AlternateLookup<ReadOnlySpan<char>> _leadingModifiers;
    private readonly FrozenDictionary<string, DateDirection>.AlternateLookup<ReadOnlySpan<char>> _trailingModifiers;
    private readonly FrozenDictionary<string, DateDirection>.AlternateLookup<ReadOnlySpan<char>> _tenseWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _seasons;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ordinalSuffixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _dayArticles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _monthPrepositions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _dayConnectors;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _yearCues;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _decadeSuffixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _datePrepositions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _tenseEndingExceptions;
    private readonly string[] _midPrefixes;
    private readonly (string Ending, DateDirection Direction)[] _tenseEndings;
    private readonly string[][] _trailingYearPhrases;

    /// <summary>Builds the lookups of one language's word lists.</summary>
    public CalendarWords(CalendarWordLists lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        NamesNeedCapital = lists.NamesNeedCapital;
        WritesMonthBeforeDay = lists.WritesMonthBeforeDay;
        _names = new WordShapeFilter([
            .. lists.Months.Select(m => m.Word), .. lists.MonthAbbreviations.Select(m => m.Word),
            .. lists.Weekdays.Select(d => d.Word), .. lists.WeekdayAbbreviations.Select(d => d.Word)]);
        _months = Map(lists.Months);
        _monthAbbreviations = Map(lists.MonthAbbreviations);
        _weekdays = Map(lists.Weekdays);
        _weekdayAbbreviations = Map(lists.WeekdayAbbreviations);
        _relativeDays = Map(lists.RelativeDays);
        _leadingModifiers = Map(lists.LeadingModifiers);
        _trailingModifiers = Map(lists.TrailingModifiers);
        _tenseWords = Map(lists.TenseWords);
        _seasons = Set(lists.Seasons);
        _ordinalSuffixes = Set(lists.OrdinalSuffixes);
        _dayArticles = Set(lists.DayArticles);
        _monthPrepositions = Set(lists.MonthPrepositions);
        _dayConnectors = Set(lists.DayConnectors);
        _yearCues = Set(lists.YearCues);
        _decadeSuffixes = Set(lists.DecadeSuffixes);
        _datePrepositions = Set(lists.DatePrepositions);
        _tenseEndingExceptions = Set(lists.TenseEndingExceptions);
        _midPrefixes = lists.MidPrefixes;
        _tenseEndings = lists.TenseEndings;
        _trailingYearPhrases = lists.TrailingYearPhrases;
    }

    /// <summary>The French calendar words.</summary>
    public static CalendarWords French { get; } = new(FrenchCalendarWords.Lists);

    /// <summary>The English calendar words.</summary>
    public static CalendarWords English { get; } = new(EnglishCalendarWords.Lists);

    /// <summary>The calendar words of <paramref name="language"/> (French for <see cref="Language.Unknown"/>).</summary>
    public static CalendarWords For(Language language) => language == Language.English ? English : French;

    /// <summary>
    /// Whether <paramref name="word"/> is a month, by name or abbreviation, in French or English
    /// (<c>octobre</c>, <c>fév</c>, <c>October</c>, <c>Oct.</c>): what makes the number beside it a day or a year.
    /// </summary>
    public static bool IsMonthInAnyLanguage(ReadOnlySpan<char> word) => French.IsMonth(word) || English.IsMonth(word);

    /// <inheritdoc cref="CalendarWordLists.NamesNeedCapital"/>
    public bool NamesNeedCapital { get; }

    /// <inheritdoc cref="CalendarWordLists.WritesMonthBeforeDay"/>
    public bool WritesMonthBeforeDay { get; }

    /// <summary>
    /// A quick test before the lookups: <see langword="false"/> when <paramref name="word"/> (without a final
    /// period) is surely no month or weekday name or abbreviation.
    /// </summary>
    public bool MayBeMonthOrWeekday(ReadOnlySpan<char> word) => _names.MayContain(WithoutPeriod(word));

    /// <summary>Whether <paramref name="word"/> names a month in full (<c>août</c>, <c>March</c>, not <c>march</c>).</summary>
    public bool TryGetMonth(ReadOnlySpan<char> word, out int month)
    {
        month = 0;
        return IsName(word) && _months.TryGetValue(word, out month);
    }

    /// <summary>
    /// Whether <paramref name="word"/> abbreviates a month, with or without its period (<c>fév</c>, <c>Sept.</c>).
    /// Only beside a day or a year is it one: French <c>sept</c> is also seven.
    /// </summary>
    public bool TryGetMonthAbbreviation(ReadOnlySpan<char> word, out int month)
    {
        month = 0;
        word = WithoutPeriod(word);
        return IsName(word) && _monthAbbreviations.TryGetValue(word, out month);
    }

    /// <summary>Whether <paramref name="word"/> is a month, by name or abbreviation.</summary>
    public bool IsMonth(ReadOnlySpan<char> word) => TryGetMonth(word, out _) || TryGetMonthAbbreviation(word, out _);

    /// <summary>Whether <paramref name="word"/> names a weekday in full (<c>vendredi</c>, <c>Friday</c>).</summary>
    public bool TryGetWeekday(ReadOnlySpan<char> word, out DayOfWeek day)
    {
        day = default;
        return IsName(word) && _weekdays.TryGetValue(word, out day);
    }

    /// <summary>Whether <paramref name="word"/> abbreviates a weekday (<c>Fri</c>); one only before a day of the month.</summary>
    public bool TryGetWeekdayAbbreviation(ReadOnlySpan<char> word, out DayOfWeek day)
    {
        day = default;
        word = WithoutPeriod(word);
        return IsName(word) && _weekdayAbbreviations.TryGetValue(word, out day);
    }

    /// <summary>Whether <paramref name="word"/> names a weekday in full.</summary>
    public bool IsWeekday(ReadOnlySpan<char> word) => TryGetWeekday(word, out _);

    /// <summary>Whether <paramref name="word"/> is a season (<c>printemps</c>, <c>spring</c>).</summary>
    public bool IsSeason(ReadOnlySpan<char> word) => _seasons.Contains(word);

    /// <summary>Whether <paramref name="word"/> names a day relative to today, and its offset in days (<c>hier</c> = -1).</summary>
    public bool TryGetRelativeDay(ReadOnlySpan<char> word, out int days) => _relativeDays.TryGetValue(word, out days);

    /// <summary>The length of the prefix <c>mi-</c>/<c>mid-</c> that <paramref name="word"/> starts with, else 0.</summary>
    public int MidPrefixLength(ReadOnlySpan<char> word)
    {
        foreach (string prefix in _midPrefixes)
        {
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return prefix.Length;
            }
        }
        return 0;
    }

    /// <summary>Whether <paramref name="word"/> is the ordinal ending of a day glued to its digits (<c>er</c> of <c>1er</c>, <c>st</c> of <c>21st</c>).</summary>
    public bool IsOrdinalSuffix(ReadOnlySpan<char> word) => _ordinalSuffixes.Contains(word);

    /// <summary>Whether <paramref name="word"/> is the article of a day that belongs to the date (<c>le</c>).</summary>
    public bool IsDayArticle(ReadOnlySpan<char> word) => _dayArticles.Contains(word);

    /// <summary>Whether <paramref name="word"/> is the preposition of a month or year that belongs to the date (<c>en</c>).</summary>
    public bool IsMonthPreposition(ReadOnlySpan<char> word) => _monthPrepositions.Contains(word);

    /// <summary>Whether <paramref name="word"/>, before a month or weekday, belongs to the date, and which way it points (<c>last</c>).</summary>
    public bool TryGetLeadingModifier(ReadOnlySpan<char> word, out DateDirection direction) => _leadingModifiers.TryGetValue(word, out direction);

    /// <summary>Whether <paramref name="word"/>, after a date and outside it, says which way it points (<c>dernier</c>).</summary>
    public bool TryGetTrailingModifier(ReadOnlySpan<char> word, out DateDirection direction) => _trailingModifiers.TryGetValue(word, out direction);

    /// <summary>Whether <paramref name="first"/> <paramref name="second"/> is a phrase after a month that belongs to it (<c>last year</c>).</summary>
    public bool IsTrailingYearPhrase(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        foreach (string[] phrase in _trailingYearPhrases)
        {
            if (first.Equals(phrase[0], StringComparison.OrdinalIgnoreCase) && second.Equals(phrase[1], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="word"/> joins a lone day to a full date after it (<c>et</c>, <c>au</c>, <c>to</c>, <c>-</c>).</summary>
    public bool IsDayConnector(ReadOnlySpan<char> word) => _dayConnectors.Contains(word);

    /// <summary>Whether <paramref name="word"/> before a four-digit number makes it a year (<c>en</c>, <c>depuis</c>, <c>since</c>).</summary>
    public bool IsYearCue(ReadOnlySpan<char> word) => _yearCues.Contains(word);

    /// <summary>Whether <paramref name="word"/> glued to a year makes it a decade (<c>s</c> of <c>1990s</c>).</summary>
    public bool IsDecadeSuffix(ReadOnlySpan<char> word) => _decadeSuffixes.Contains(word);

    /// <summary>Whether <paramref name="word"/> introduces a date rather than a name (<c>On</c> of <c>On Monday</c>).</summary>
    public bool IsDatePreposition(ReadOnlySpan<char> word) =>
        _datePrepositions.Contains(word) || _yearCues.Contains(word) || _leadingModifiers.ContainsKey(word) || _monthPrepositions.Contains(word);

    /// <summary>
    /// Which way <paramref name="word"/> points in time, by its meaning (<c>prévu</c>, <c>yesterday</c>) or its
    /// verb ending (<c>recevra</c>, <c>comptait</c>); <see cref="DateDirection.None"/> when it says nothing.
    /// </summary>
    public DateDirection TenseOf(ReadOnlySpan<char> word)
    {
        if (_tenseWords.TryGetValue(word, out DateDirection direction))
        {
            return direction;
        }
        // Endings are read on lower-case words only: a capital starts a name (Sierra, Nuñez).
        if (word.Length < 4 || !char.IsLower(word[0]) || _tenseEndingExceptions.Contains(word))
        {
            return DateDirection.None;
        }
        foreach ((string ending, DateDirection tense) in _tenseEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return tense;
            }
        }
        return DateDirection.None;
    }

    // English month and weekday names are names only with a capital: "may", "march" are verbs.
    private bool IsName(ReadOnlySpan<char> word) => !word.IsEmpty && (!NamesNeedCapital || char.IsUpper(word[0]));

    private static ReadOnlySpan<char> WithoutPeriod(ReadOnlySpan<char> word) => word.Length > 1 && word[^1] == '.' ? word[..^1] : word;

    private static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Map<T>((string Word, T Value)[] entries)
    {
        var map = new Dictionary<string, T>(entries.Length, StringComparer.OrdinalIgnoreCase);
        foreach ((string word, T value) in entries)
        {
            map[word] = value;
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();
}
