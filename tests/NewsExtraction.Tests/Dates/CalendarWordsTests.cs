using NewsExtraction.Dates;

namespace NewsExtraction.Tests.Dates;

public sealed class CalendarWordsTests
{
    [Theory]
    [InlineData("fr", "janvier", 1)]
    [InlineData("fr", "Août", 8)]
    [InlineData("fr", "aout", 8)]
    [InlineData("fr", "DÉCEMBRE", 12)]
    [InlineData("en", "January", 1)]
    [InlineData("en", "August", 8)]
    [InlineData("en", "MAY", 5)]
    public void Month_names_give_their_number(string lang, string word, int month)
    {
        Assert.True(CalendarWords.For(Lang(lang)).TryGetMonth(word, out int found));
        Assert.Equal(month, found);
    }

    [Theory]
    [InlineData("en", "may")]
    [InlineData("en", "march")]
    [InlineData("fr", "sept")]
    [InlineData("en", "Sept")]
    [InlineData("fr", "lundi")]
    public void Verbs_numbers_and_abbreviations_are_no_month_name(string lang, string word) =>
        Assert.False(CalendarWords.For(Lang(lang)).TryGetMonth(word, out _));

    [Theory]
    [InlineData("fr", "fév", 2)]
    [InlineData("fr", "sept", 9)]
    [InlineData("fr", "déc.", 12)]
    [InlineData("en", "Feb.", 2)]
    [InlineData("en", "Sept", 9)]
    public void Month_abbreviations_are_read_with_or_without_their_period(string lang, string word, int month)
    {
        Assert.True(CalendarWords.For(Lang(lang)).TryGetMonthAbbreviation(word, out int found));
        Assert.Equal(month, found);
    }

    [Theory]
    [InlineData("fr", "vendredi", DayOfWeek.Friday)]
    [InlineData("fr", "Samedi", DayOfWeek.Saturday)]
    [InlineData("en", "Friday", DayOfWeek.Friday)]
    [InlineData("en", "Sunday", DayOfWeek.Sunday)]
    public void Weekday_names_give_their_day(string lang, string word, DayOfWeek day)
    {
        Assert.True(CalendarWords.For(Lang(lang)).TryGetWeekday(word, out DayOfWeek found));
        Assert.Equal(day, found);
    }

    [Fact]
    public void An_english_weekday_needs_its_capital() => Assert.False(CalendarWords.English.IsWeekday("friday"));

    [Theory]
    [InlineData("octobre")]
    [InlineData("fév")]
    [InlineData("October")]
    [InlineData("Oct.")]
    public void The_quantity_stage_asks_for_months_in_either_language(string word) =>
        Assert.True(CalendarWords.IsMonthInAnyLanguage(word));

    [Theory]
    [InlineData("soldats")]
    [InlineData("may")]
    [InlineData("Mardi")]
    public void Other_words_are_no_month_in_either_language(string word) =>
        Assert.False(CalendarWords.IsMonthInAnyLanguage(word));

    [Theory]
    [InlineData("fr", "hier", -1)]
    [InlineData("fr", "aujourd'hui", 0)]
    [InlineData("fr", "demain", 1)]
    [InlineData("en", "yesterday", -1)]
    [InlineData("en", "tomorrow", 1)]
    public void Relative_days_give_their_offset(string lang, string word, int days)
    {
        Assert.True(CalendarWords.For(Lang(lang)).TryGetRelativeDay(word, out int found));
        Assert.Equal(days, found);
    }

    [Theory]
    [InlineData("fr", "recevra", "Future")]
    [InlineData("fr", "prévue", "Future")]
    [InlineData("fr", "devrait", "Future")]
    [InlineData("fr", "comptait", "Past")]
    [InlineData("fr", "ont", "Past")]
    [InlineData("fr", "serait", "None")]
    [InlineData("fr", "retrait", "None")]
    [InlineData("fr", "front", "None")]
    [InlineData("fr", "manifestations", "None")]
    [InlineData("en", "will", "Future")]
    [InlineData("en", "announced", "Past")]
    [InlineData("en", "hundred", "None")]
    public void Verbs_say_which_way_a_day_points(string lang, string word, string direction) =>
        Assert.Equal(Enum.Parse<DateDirection>(direction), CalendarWords.For(Lang(lang)).TenseOf(word));

    [Theory]
    [InlineData("fr", "mi-janvier", 3)]
    [InlineData("en", "mid-1990s", 4)]
    [InlineData("fr", "mi-", 0)]
    [InlineData("fr", "milieu", 0)]
    public void Mid_prefixes_are_measured(string lang, string word, int length) =>
        Assert.Equal(length, CalendarWords.For(Lang(lang)).MidPrefixLength(word));

    private static Language Lang(string code) => code == "en" ? Language.English : Language.French;
}
