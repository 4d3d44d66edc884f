using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = new Token[text.Length];
        int n = Tokenizer.Tokenize(text, tokens);
        var sentences = new Sentence[Math.Max(1, n)];
        int count = SentenceSplitter.Split(text, tokens.AsSpan(0, n), sentences);
        return [.. sentences.Take(count).Select(s => text[s.Start..s.End])];
    }

    [Theory]
    [InlineData("Séoul proteste. Moscou dément.", new[] { "Séoul proteste.", "Moscou dément." })]
    [InlineData("Seoul protested. Moscow denied it!", new[] { "Seoul protested.", "Moscow denied it!" })]
    public void A_stop_before_a_capital_ends_a_sentence(string text, string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("M. Rutte est arrivé. Il a parlé.", new[] { "M. Rutte est arrivé.", "Il a parlé." })]
    [InlineData("The U.S. Army and Dr. Smith met J. K. Rowling. Then they left.", new[] { "The U.S. Army and Dr. Smith met J. K. Rowling.", "Then they left." })]
    [InlineData("Il a touché 3.5 millions. Voilà.", new[] { "Il a touché 3.5 millions.", "Voilà." })]
    public void Abbreviations_initials_and_decimals_do_not_end_a_sentence(string text, string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("Il a dit : « C’est fini. » Puis il est parti.", new[] { "Il a dit : « C’est fini. »", "Puis il est parti." })]
    [InlineData("He said: \"It is over.\" Then he left.", new[] { "He said: \"It is over.\"", "Then he left." })]
    public void A_closing_quotation_mark_stays_with_its_sentence(string text, string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("Titre de l'article\nSous-titre\n\nPremier paragraphe", new[] { "Titre de l'article", "Sous-titre", "Premier paragraphe" })]
    [InlineData("Headline here\n\nFirst paragraph without a stop\n\nSecond", new[] { "Headline here", "First paragraph without a stop", "Second" })]
    public void Paragraph_ends_and_headline_lines_end_a_sentence(string text, string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Fact]
    public void A_line_that_goes_on_in_lower_case_continues_the_sentence() =>
        Assert.Equal(["Le ministre a annoncé\nune aide nouvelle."], Sentences("Le ministre a annoncé\nune aide nouvelle."));

    [Fact]
    public void A_stop_before_lower_case_does_not_end_a_sentence() =>
        Assert.Equal(["Des obus, des drones, etc. et des missiles."], Sentences("Des obus, des drones, etc. et des missiles."));
}
