using NewsExtraction.Quantities;

namespace NewsExtraction.Tests.Quantities;

public sealed class NumberParserTests
{
    private static Language Lang(string code) => code == "en" ? Language.English : Language.French;

    [Theory]
    [InlineData("fr", "12", 12)]
    [InlineData("fr", "1.500", 1500)]
    [InlineData("fr", "1,5", 1.5)]
    [InlineData("fr", "1,500", 1.5)]
    [InlineData("fr", "12 000", 12000)]
    [InlineData("fr", "12\u00A0000", 12000)]
    [InlineData("fr", "12\u202F000", 12000)]
    [InlineData("fr", "1 500 000", 1500000)]
    [InlineData("fr", "1.000.000", 1000000)]
    [InlineData("fr", "1.234,5", 1234.5)]
    [InlineData("fr", "12 000,75", 12000.75)]
    [InlineData("fr", "3.5", 3.5)]
    [InlineData("fr", "0.500", 0.5)]
    [InlineData("fr", "1234.567", 1234.567)]
    [InlineData("en", "3.5", 3.5)]
    [InlineData("en", "1,000,000", 1000000)]
    [InlineData("en", "1,500", 1500)]
    [InlineData("en", "1.500", 1.5)]
    [InlineData("en", "1,234.5", 1234.5)]
    [InlineData("en", "1,5", 1.5)]
    [InlineData("en", "12.75", 12.75)]
    [InlineData("en", "0,250", 0.25)]
    public void Digits_are_read_with_the_grouping_and_decimal_marks_of_the_language(string lang, string digits, double expected)
    {
        Assert.True(NumberParser.TryParseDigits(digits, Lang(lang), out double value));
        Assert.Equal(expected, value, 9);
    }

    [Theory]
    [InlineData("22.10.2024")]
    [InlineData("1.2.3")]
    [InlineData("1,00,000")]
    [InlineData("1.234.5,6.7")]
    [InlineData("12 000.500,5")]
    public void Malformed_digit_groups_are_no_number(string digits)
    {
        Assert.False(NumberParser.TryParseDigits(digits, Language.French, out _));
        Assert.False(NumberParser.TryParseDigits(digits, Language.English, out _));
    }

    [Theory]
    [InlineData("fr", "deux", 2)]
    [InlineData("fr", "dix-sept", 17)]
    [InlineData("fr", "vingt-deux", 22)]
    [InlineData("fr", "vingt et un", 21)]
    [InlineData("fr", "trente-et-un", 31)]
    [InlineData("fr", "soixante-dix", 70)]
    [InlineData("fr", "soixante et onze", 71)]
    [InlineData("fr", "soixante-dix-sept", 77)]
    [InlineData("fr", "quatre-vingts", 80)]
    [InlineData("fr", "quatre-vingt-dix-neuf", 99)]
    [InlineData("fr", "cent", 100)]
    [InlineData("fr", "cent vingt", 120)]
    [InlineData("fr", "deux cents", 200)]
    [InlineData("fr", "trois cent quatre-vingt-sept", 387)]
    [InlineData("fr", "mille", 1000)]
    [InlineData("fr", "mille deux cents", 1200)]
    [InlineData("fr", "deux mille vingt-quatre", 2024)]
    [InlineData("fr", "deux cent mille", 200000)]
    [InlineData("fr", "trois millions", 3000000)]
    [InlineData("fr", "un million", 1000000)]
    [InlineData("fr", "un million deux cent mille", 1200000)]
    [InlineData("fr", "deux milliards", 2e9)]
    [InlineData("fr", "nonante-cinq", 95)]
    [InlineData("en", "two", 2)]
    [InlineData("en", "forty-two", 42)]
    [InlineData("en", "twenty one", 21)]
    [InlineData("en", "one hundred", 100)]
    [InlineData("en", "a hundred", 100)]
    [InlineData("en", "one hundred and five", 105)]
    [InlineData("en", "two hundred thousand", 200000)]
    [InlineData("en", "a thousand", 1000)]
    [InlineData("en", "two thousand and twenty", 2020)]
    [InlineData("en", "three million", 3e6)]
    [InlineData("en", "a million", 1e6)]
    [InlineData("en", "two billion", 2e9)]
    [InlineData("en", "a dozen", 12)]
    [InlineData("en", "two dozen", 24)]
    [InlineData("en", "nineteen", 19)]
    public void Number_words_are_combined_to_any_size(string lang, string words, double expected)
    {
        Assert.Equal(words.Length, NumberParser.ParseWords(words, Lang(lang), out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("fr", "deux soldats", "deux", 2)]
    [InlineData("fr", "trois millions de personnes", "trois millions", 3e6)]
    [InlineData("fr", "deux trois", "deux", 2)]
    [InlineData("fr", "vingt et des", "vingt", 20)]
    [InlineData("en", "two three", "two", 2)]
    [InlineData("en", "five and six", "five", 5)]
    [InlineData("en", "twenty twenty", "twenty", 20)]
    public void Reading_stops_where_the_cardinal_ends(string lang, string text, string cardinal, double expected)
    {
        Assert.Equal(cardinal.Length, NumberParser.ParseWords(text, Lang(lang), out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("fr", "un soldat")]
    [InlineData("fr", "une escalade")]
    [InlineData("fr", "millions de dollars")]
    [InlineData("fr", "deuxième")]
    [InlineData("fr", "premier")]
    [InlineData("en", "a soldier")]
    [InlineData("en", "an army")]
    [InlineData("en", "thousand")]
    [InlineData("en", "millions")]
    [InlineData("en", "third")]
    [InlineData("en", "dozen")]
    public void Articles_ordinals_and_bare_multipliers_are_no_cardinal(string lang, string text) =>
        Assert.Equal(0, NumberParser.ParseWords(text, Lang(lang), out _));

    [Theory]
    [InlineData("fr", "million", 1e6)]
    [InlineData("fr", "millions", 1e6)]
    [InlineData("fr", "milliard", 1e9)]
    [InlineData("fr", "milliards", 1e9)]
    [InlineData("fr", "mille", 1e3)]
    [InlineData("fr", "Mds", 1e9)]
    [InlineData("fr", "billion", 1e12)]
    [InlineData("en", "million", 1e6)]
    [InlineData("en", "billion", 1e9)]
    [InlineData("en", "bn", 1e9)]
    [InlineData("en", "thousand", 1e3)]
    [InlineData("en", "trillion", 1e12)]
    public void Multipliers_after_digits_are_known_per_language(string lang, string word, double expected)
    {
        Assert.True(NumberParser.TryGetScale(word, Lang(lang), out double multiplier));
        Assert.Equal(expected, multiplier);
    }

    [Theory]
    [InlineData("k", 1e3)]
    [InlineData("m", 1e6)]
    [InlineData("M", 1e6)]
    public void One_letter_multipliers_are_suffixes(string word, double expected)
    {
        Assert.True(NumberParser.TryGetSuffix(word, out double multiplier));
        Assert.Equal(expected, multiplier);
        Assert.False(NumberParser.TryGetScale(word, Language.English, out _));
    }
}
