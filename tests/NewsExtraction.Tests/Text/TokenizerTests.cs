using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text) => [.. Tokenizer.Tokenize(text).Select(s => text[s.Start..s.End])];

    private static (string Text, TokenKind Kind)[] Kinds(string text)
    {
        var buffer = new Token[text.Length];
        int n = Tokenizer.Tokenize(text, buffer);
        return [.. buffer.Take(n).Select(t => (text.Substring(t.Start, t.Length), t.Kind))];
    }

    [Theory]
    [InlineData("Séoul convoque l’ambassadeur de Russie.", new[] { "Séoul", "convoque", "l’", "ambassadeur", "de", "Russie", "." })]
    [InlineData("Il dit qu'il n'a pas d'avis.", new[] { "Il", "dit", "qu'", "il", "n'", "a", "pas", "d'", "avis", "." })]
    [InlineData("jusqu’à lorsqu’il puisqu’elle s’est c’est j’ai m’a t’es", new[] { "jusqu’", "à", "lorsqu’", "il", "puisqu’", "elle", "s’", "est", "c’", "est", "j’", "ai", "m’", "a", "t’", "es" })]
    [InlineData("L’Otan et D’après", new[] { "L’", "Otan", "et", "D’", "après" })]
    [InlineData("le Portugal d’»éviter l'\"Europe\"", new[] { "le", "Portugal", "d’", "»", "éviter", "l'", "\"", "Europe", "\"" })]
    public void French_elisions_are_split_after_the_apostrophe(string text, string[] expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("They don't know.", new[] { "They", "do", "n't", "know", "." })]
    [InlineData("Putin's army can't win.", new[] { "Putin", "'s", "army", "ca", "n't", "win", "." })]
    [InlineData("We're sure they'll come, I'd say.", new[] { "We", "'re", "sure", "they", "'ll", "come", ",", "I", "'d", "say", "." })]
    [InlineData("Russia’s troops", new[] { "Russia", "’s", "troops" })]
    public void English_clitics_are_split_penn_treebank_style(string text, string[] expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("aujourd'hui", "O'Brien")]
    public void Apostrophes_inside_names_and_words_stay(string french, string english)
    {
        Assert.Equal([french], Tokens(french));
        Assert.Equal([english], Tokens(english));
    }

    [Theory]
    [InlineData("La Russie gagnera-t-elle ?", new[] { "La", "Russie", "gagnera", "-t-elle", "?" })]
    [InlineData("a-t-il ajouté", new[] { "a", "-t-il", "ajouté" })]
    [InlineData("dit-il, peut-on", new[] { "dit", "-il", ",", "peut", "-on" })]
    public void French_inverted_pronouns_are_split_from_their_verb(string text, string[] expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Kim Jong-un", new[] { "Kim", "Jong-un" })]
    [InlineData("soldats nord-coréens", new[] { "soldats", "nord-coréens" })]
    [InlineData("Jean-Pierre et les sous-marins", new[] { "Jean-Pierre", "et", "les", "sous-marins" })]
    [InlineData("Kim Jong-il", new[] { "Kim", "Jong-il" })]
    [InlineData("a well-known co-belligerent", new[] { "a", "well-known", "co-belligerent" })]
    public void Hyphenated_names_and_words_stay_whole(string text, string[] expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("1.500 soldats", "1.500")]
    [InlineData("12 000 soldats", "12 000")]
    [InlineData("12\u00A0000 soldats", "12\u00A0000")]
    [InlineData("12\u202F000 soldats", "12\u202F000")]
    [InlineData("1 500 000 euros", "1 500 000")]
    [InlineData("1,5 million", "1,5")]
    [InlineData("3.5 million", "3.5")]
    [InlineData("1,000,000 people", "1,000,000")]
    [InlineData("le 22.10.2024", "22.10.2024")]
    public void Numbers_keep_their_grouping_and_decimals(string text, string number) =>
        Assert.Contains((number, TokenKind.Number), Kinds(text));

    [Theory]
    [InlineData("en 2024 200 morts", new[] { "en", "2024", "200", "morts" })]
    [InlineData("10 12345", new[] { "10", "12345" })]
    [InlineData("il a 12 ans.", new[] { "il", "a", "12", "ans", "." })]
    [InlineData("10-12,000", new[] { "10", "-", "12,000" })]
    public void Space_grouping_needs_three_digit_groups(string text, string[] expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("« escalade »", new[] { "«", "escalade", "»" })]
    [InlineData("conflit »selon le", new[] { "conflit", "»", "selon", "le" })]
    [InlineData("indiquant que« Reste", new[] { "indiquant", "que", "«", "Reste" })]
    [InlineData("“Hello” and „Hallo“ and ‹ oui › and \"yes\"", new[] { "“", "Hello", "”", "and", "„", "Hallo", "“", "and", "‹", "oui", "›", "and", "\"", "yes", "\"" })]
    public void Quotation_marks_are_tokens_of_their_own(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text));
        Assert.All(Kinds(text).Where(k => "«»“”„‹›\"".Contains(k.Text)), k => Assert.Equal(TokenKind.QuotationMark, k.Kind));
    }

    [Theory]
    [InlineData("M. Rutte", "M.")]
    [InlineData("Mme Dupont et Dr. Martin", "Dr.")]
    [InlineData("St. Petersburg", "St.")]
    [InlineData("the U.S. army", "U.S.")]
    [InlineData("etc. et", "etc.")]
    [InlineData("en 52 av. J.-C. à Rome", "J.-C.")]
    [InlineData("J. K. Rowling", "J.")]
    public void Abbreviations_and_initials_keep_their_period(string text, string abbreviation) =>
        Assert.Contains((abbreviation, TokenKind.Abbreviation), Kinds(text));

    [Theory]
    [InlineData("Voir https://www.lci.fr/monde/article.html.", "https://www.lci.fr/monde/article.html", TokenKind.Url)]
    [InlineData("see www.un.org, today", "www.un.org", TokenKind.Url)]
    [InlineData("écrire à presse@elysee.fr.", "presse@elysee.fr", TokenKind.Email)]
    [InlineData("follow @AFP_fr now", "@AFP_fr", TokenKind.Handle)]
    [InlineData("#Ukraine #JO2024", "#Ukraine", TokenKind.Hashtag)]
    [InlineData("bravo 👍🏽 !", "👍🏽", TokenKind.Emoji)]
    [InlineData("famille 👨‍👩‍👧 ici", "👨‍👩‍👧", TokenKind.Emoji)]
    public void Web_forms_and_emoji_are_single_tokens(string text, string token, TokenKind kind) =>
        Assert.Contains((token, kind), Kinds(text));

    [Fact]
    public void Scraped_noise_is_tokenized_without_losing_offsets()
    {
        const string text = "  • type=\"image/avif\" class=\"jsx-2028956212\">>>>>>> <div>Lire aussi</div>\u00A0\u200B";
        TextSpan[] spans = Tokenizer.Tokenize(text);
        Assert.Contains(">>>>>>>", spans.Select(s => text[s.Start..s.End]));
        Assert.Contains("jsx-2028956212", spans.Select(s => text[s.Start..s.End]));
        for (int i = 1; i < spans.Length; i++)
        {
            Assert.True(spans[i].Start >= spans[i - 1].End);
        }
        Assert.All(spans, s => Assert.False(string.IsNullOrWhiteSpace(text[s.Start..s.End])));
    }

    [Fact]
    public void Every_non_space_character_is_in_exactly_one_token()
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.Samples, "fr-otan-sommet.txt"));
        var covered = new bool[text.Length];
        foreach (TextSpan s in Tokenizer.Tokenize(text))
        {
            for (int i = s.Start; i < s.End; i++)
            {
                Assert.False(covered[i]);
                covered[i] = true;
            }
        }
        for (int i = 0; i < text.Length; i++)
        {
            Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"character {i} '{text[i]}' is in no token");
        }
    }

    [Fact]
    public void A_destination_shorter_than_the_tokens_is_refused()
    {
        var buffer = new Token[2];
        Assert.Throws<ArgumentException>(() => Tokenizer.Tokenize("un deux trois", buffer));
    }
}
