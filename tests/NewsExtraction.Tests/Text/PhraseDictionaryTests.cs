using NewsExtraction.Countries;
using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

public sealed class PhraseDictionaryTests
{
    // Phrases whose first tokens differ in case, accents, apostrophes, length (one over 64 characters, where the
    // first-token shape test wraps) and script; some share a first token with a longer phrase.
    private static readonly string[] Phrases =
    [
        "Nations unies", "Conseil de sécurité des Nations unies", "l’Élysée", "Côte d'Ivoire", "Otan",
        "United Nations", "United Nations Security Council", "White House", "Ünited Kingdom", "Москва",
        new string('a', 70) + " Corp", "É",
    ];

    private static readonly PhraseDictionary Dictionary = new(Phrases.Select((phrase, i) => KeyValuePair.Create(PhraseDictionary.KeyOf(phrase), i)));

    // The phrase's hits at the first token after "Hier, " in the text folded as a document's FoldedText.
    private static List<PhraseHit> HitsIn(PhraseDictionary dictionary, string phrase, out int tokenCount)
    {
        string text = "Hier, " + phrase + " a dit.";
        var tokens = new Token[text.Length];
        int count = Tokenizer.Tokenize(text, tokens);
        int first = Array.FindIndex(tokens, 0, count, t => t.Start == "Hier, ".Length);
        tokenCount = Tokenizer.Tokenize(phrase, new Token[phrase.Length]);
        var hits = new PhraseHit[8];
        int found = dictionary.Match(TextFolding.Fold(text), tokens.AsSpan(0, count), first, hits);
        return [.. hits.Take(found)];
    }

    [Theory]
    [InlineData(0, "Nations unies")]
    [InlineData(0, "NATIONS UNIES")]
    [InlineData(1, "Conseil de Sécurité des Nations Unies")]
    [InlineData(2, "l'Elysée")]
    [InlineData(3, "Côte d’Ivoire")]
    [InlineData(5, "United Nations")]
    [InlineData(6, "UNITED NATIONS SECURITY COUNCIL")]
    [InlineData(8, "ÜNITED KINGDOM")]
    [InlineData(9, "МОСКВА")]
    [InlineData(11, "é")]
    public void A_phrase_is_found_at_its_first_token_whatever_its_case_accents_or_apostrophes(int index, string written)
    {
        List<PhraseHit> hits = HitsIn(Dictionary, written, out int tokenCount);
        Assert.Contains(new PhraseHit(tokenCount, index), hits);
    }

    [Fact]
    public void A_first_token_longer_than_the_shape_tests_length_range_is_found() =>
        Assert.Contains(new PhraseHit(2, 10), HitsIn(Dictionary, new string('A', 70) + " Corp", out _));

    [Theory]
    [InlineData("Nations")] // only the beginning of a phrase
    [InlineData("Unies Nations")]
    [InlineData("Onu")]
    [InlineData("Whitehouse")]
    [InlineData("Москв")]
    public void Words_that_are_no_phrase_are_not_found(string written) =>
        Assert.Empty(HitsIn(Dictionary, written, out _));

    // Each key's own tokens, as a document's tokenizer gave them when the gazetteer was built: the first-token tests
    // before the lookup must let every one of them through.
    [Fact]
    public void Every_key_of_the_shipped_country_gazetteer_is_found_from_its_own_tokens()
    {
        CountryGazetteer gazetteer = CountryGazetteer.Default;
        List<string> missed = [];
        var hits = new PhraseHit[8];
        foreach (CountryEntry entry in gazetteer.Entries)
        {
            List<Token> tokens = [];
            int start = 0;
            foreach (string word in entry.Key.Split(' '))
            {
                tokens.Add(new Token(start, word.Length, TokenKind.Word));
                start += word.Length + 1;
            }
            int found = gazetteer.Phrases.Match(entry.Key, tokens.ToArray(), 0, hits);
            if (!hits.AsSpan(0, found).ToArray().Any(hit => hit.TokenCount == tokens.Count))
            {
                missed.Add(entry.Key);
            }
        }
        Assert.NotEmpty(gazetteer.Entries);
        Assert.Empty(missed);
    }
}
