namespace NewsExtraction.Dates;

/// <summary>
/// The calendar and time words of one language, as plain lists: the data <see cref="CalendarWords"/> builds its
/// lookups from. One instance per language (<see cref="FrenchCalendarWords"/>, <see cref="EnglishCalendarWords"/>).
/// </summary>
internal sealed record CalendarWordLists
{
    /// <summary>Whether month and weekday names are names only with a capital (English: <c>may</c>, <c>march</c> are verbs).</summary>
    public bool NamesNeedCapital { get; init; }

    /// <summary>Whether a day may follow its month: <c>October 21, 2024</c>.</summary>
    public bool WritesMonthBeforeDay { get; init; }

    /// <summary>Month names with their number (1–12), in the spellings the press uses, with and without accents.</summary>
    public required (string Word, int Month)[] Months { get; init; }

    /// <summary>Month abbreviations (<c>fév</c>, <c>Sept</c>): months only beside a day or a year, as <c>sept</c> is also a number.</summary>
    public required (string Word, int Month)[] MonthAbbreviations { get; init; }

    /// <summary>Weekday names.</summary>
    public required (string Word, DayOfWeek Day)[] Weekdays { get; init; }

    /// <summary>Weekday abbreviations (<c>Fri</c>): weekdays only before a day of the month.</summary>
    public (string Word, DayOfWeek Day)[] WeekdayAbbreviations { get; init; } = [];

    /// <summary>Seasons, dates when a year follows: <c>spring 2006</c>, <c>été 2018</c>.</summary>
    public required string[] Seasons { get; init; }

    /// <summary>Days named relative to today, with their offset in days: <c>hier</c> = -1, <c>tomorrow</c> = +1.</summary>
    public required (string Word, int Days)[] RelativeDays { get; init; }

    /// <summary>Prefixes glued by a hyphen to a month, year or decade, inside the date: <c>mi-janvier</c>, <c>mid-1990s</c>.</summary>
    public required string[] MidPrefixes { get; init; }

    /// <summary>Letters glued to a day of the month: <c>1er</c>, <c>21st</c>.</summary>
    public required string[] OrdinalSuffixes { get; init; }

    /// <summary>The article before a day that belongs to the date: <c>le 19 juin</c>, <c>le samedi</c>.</summary>
    public string[] DayArticles { get; init; } = [];

    /// <summary>The preposition before a month or year that belongs to the date: <c>en août</c>, <c>en 2017</c>.</summary>
    public string[] MonthPrepositions { get; init; } = [];

    /// <summary>Words before a month or weekday that belong to the date and say which way it points: <c>last Friday</c>.</summary>
    public (string Word, DateDirection Direction)[] LeadingModifiers { get; init; } = [];

    /// <summary>Words after a date that stay outside it but say which way it points: <c>le 18 décembre dernier</c>.</summary>
    public (string Word, DateDirection Direction)[] TrailingModifiers { get; init; } = [];

    /// <summary>Two-word phrases after a month that belong to it: <c>October last year</c>.</summary>
    public string[][] TrailingYearPhrases { get; init; } = [];

    /// <summary>Words that join a lone day to the full date after it: <c>les 8 et 9 janvier</c>, <c>du 8 au 13 octobre</c>.</summary>
    public required string[] DayConnectors { get; init; }

    /// <summary>Words before a four-digit number that make it a year even when a noun follows: <c>en 2024</c>, <c>since 1991</c>.</summary>
    public required string[] YearCues { get; init; }

    /// <summary>
    /// Capitalised at the start of a sentence, words that introduce a date rather than a name: <c>On Monday</c>,
    /// <c>In May</c> (but <c>Mrs May</c>).
    /// </summary>
    public string[] DatePrepositions { get; init; } = [];

    /// <summary>Letters glued to a year that make it a decade: <c>1990s</c>.</summary>
    public string[] DecadeSuffixes { get; init; } = [];

    /// <summary>Words whose tense or meaning says which way a weekday points: <c>prévu</c>, <c>recevra</c>, <c>will</c>, <c>a</c>.</summary>
    public required (string Word, DateDirection Direction)[] TenseWords { get; init; }

    /// <summary>
    /// Verb endings that give a tense, tried in order, the first that fits deciding (so a <see cref="DateDirection.None"/>
    /// entry stops a shorter ending: French <c>-rait</c>, a conditional, before <c>-ait</c>, an imperfect).
    /// </summary>
    public required (string Ending, DateDirection Direction)[] TenseEndings { get; init; }

    /// <summary>Words that end like a verb of some tense and are not one: <c>front</c>, <c>fait</c>, <c>hundred</c>.</summary>
    public required string[] TenseEndingExceptions { get; init; }
}
