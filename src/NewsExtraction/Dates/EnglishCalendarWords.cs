namespace NewsExtraction.Dates;

/// <summary>The English calendar and time words.</summary>
internal static class EnglishCalendarWords
{
    /// <summary>The word lists.</summary>
    public static CalendarWordLists Lists { get; } = new()
    {
        NamesNeedCapital = true,
        WritesMonthBeforeDay = true,
        Months =
        [
            ("January", 1), ("February", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6), ("July", 7),
            ("August", 8), ("September", 9), ("October", 10), ("November", 11), ("December", 12),
        ],
        MonthAbbreviations =
        [
            ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8), ("Sep", 9),
            ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12),
        ],
        Weekdays =
        [
            ("Monday", DayOfWeek.Monday), ("Tuesday", DayOfWeek.Tuesday), ("Wednesday", DayOfWeek.Wednesday),
            ("Thursday", DayOfWeek.Thursday), ("Friday", DayOfWeek.Friday), ("Saturday", DayOfWeek.Saturday),
            ("Sunday", DayOfWeek.Sunday),
        ],
        WeekdayAbbreviations =
        [
            ("Mon", DayOfWeek.Monday), ("Tue", DayOfWeek.Tuesday), ("Tues", DayOfWeek.Tuesday),
            ("Wed", DayOfWeek.Wednesday), ("Thu", DayOfWeek.Thursday), ("Thur", DayOfWeek.Thursday),
            ("Thurs", DayOfWeek.Thursday), ("Fri", DayOfWeek.Friday), ("Sat", DayOfWeek.Saturday),
            ("Sun", DayOfWeek.Sunday),
        ],
        Seasons = ["spring", "summer", "autumn", "fall", "winter"],
        RelativeDays = [("yesterday", -1), ("today", 0), ("tonight", 0), ("tomorrow", 1)],
        MidPrefixes = ["mid-"],
        OrdinalSuffixes = ["st", "nd", "rd", "th"],
        LeadingModifiers = [("last", DateDirection.Past), ("next", DateDirection.Future)],
        TrailingYearPhrases = [["last", "year"], ["this", "year"], ["next", "year"]],
        DayConnectors = ["and", "to", "-", "–"],
        YearCues =
        [
            "in", "since", "year", "years", "until", "till", "before", "after", "by", "during", "circa", "from",
            "spring", "summer", "autumn", "fall", "winter", "early", "late", "mid", "of",
        ],
        DecadeSuffixes = ["s"],
        DatePrepositions =
        [
            "on", "in", "since", "by", "until", "till", "from", "before", "after", "during", "through", "throughout",
            "this", "that", "every", "early", "late", "of", "for", "at", "over", "around", "about", "and", "or", "but",
            "as", "so", "then", "when", "while", "until", "also", "not", "only", "even", "again", "both", "each",
        ],
        TenseWords =
        [
            ("will", DateDirection.Future), ("'ll", DateDirection.Future), ("’ll", DateDirection.Future),
            ("shall", DateDirection.Future), ("next", DateDirection.Future), ("due", DateDirection.Future),
            ("scheduled", DateDirection.Future), ("expected", DateDirection.Future), ("upcoming", DateDirection.Future),
            ("planned", DateDirection.Future), ("tomorrow", DateDirection.Future),
            ("was", DateDirection.Past), ("were", DateDirection.Past), ("had", DateDirection.Past),
            ("did", DateDirection.Past), ("said", DateDirection.Past), ("told", DateDirection.Past),
            ("yesterday", DateDirection.Past), ("ago", DateDirection.Past), ("last", DateDirection.Past),
        ],
        TenseEndings = [("ed", DateDirection.Past)],
        TenseEndingExceptions =
        [
            "need", "seed", "speed", "feed", "breed", "bleed", "proceed", "exceed", "succeed", "indeed", "greed",
            "embed", "hundred", "shed", "sacred", "naked", "wicked", "kindred", "steed",
        ],
    };
}
