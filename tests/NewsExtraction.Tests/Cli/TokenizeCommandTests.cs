using System.Text.Json;

namespace NewsExtraction.Tests.Cli;

public sealed class TokenizeCommandTests
{
    private static (string Text, JsonElement Line) Tokenize(string text, string lang)
    {
        string input = JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = "d", ["text"] = text, ["lang"] = lang });
        return (text, Newsx.Invoke(input, "tokenize", "-").Lines.Single());
    }

    private static string[] Slices(string text, JsonElement pairs) =>
        [.. pairs.EnumerateArray().Select(p => text[p[0].GetInt32()..p[1].GetInt32()])];

    [Theory]
    [InlineData("L’Otan a-t-il réagi ? Oui.", "fr", new[] { "L’", "Otan", "a", "-t-il", "réagi", "?", "Oui", "." })]
    [InlineData("NATO didn't react. Yes.", "en", new[] { "NATO", "did", "n't", "react", ".", "Yes", "." })]
    public void Tokens_are_offset_pairs_into_the_text(string text, string lang, string[] expected)
    {
        (string t, JsonElement line) = Tokenize(text, lang);
        Assert.Equal(expected, Slices(t, line.GetProperty("tokens")));
        Assert.Equal(lang, line.GetProperty("lang").GetString());
    }

    [Theory]
    [InlineData("Séoul proteste. Moscou dément.", "fr", new[] { "Séoul proteste.", "Moscou dément." })]
    [InlineData("Seoul protests. Moscow denies.", "en", new[] { "Seoul protests.", "Moscow denies." })]
    public void Sentences_are_offset_pairs_into_the_text(string text, string lang, string[] expected)
    {
        (string t, JsonElement line) = Tokenize(text, lang);
        Assert.Equal(expected, Slices(t, line.GetProperty("sentences")));
    }
}
