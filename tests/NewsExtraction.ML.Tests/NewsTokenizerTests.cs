using Microsoft.ML.Tokenizers;

namespace NewsExtraction.ML.Tests;

public sealed class NewsTokenizerTests
{
    private static readonly NewsTokenizer Tokenizer = NewsTokenizer.Create();

    private static string[] Values(string text) => Tokenizer.EncodeToTokens(text, out _).Select(t => t.Value).ToArray();

    [Fact]
    public void French_elisions_are_split_after_their_apostrophe_and_inverted_pronouns_from_their_verb()
    {
        Assert.Equal(["L’", "ambassadeur", "d’", "Ukraine", "a", "-t-il", "dit", "«", "non", "»", "?"], Values("L’ambassadeur d’Ukraine a-t-il dit « non » ?"));
    }

    [Fact]
    public void English_clitics_are_split_before_their_apostrophe()
    {
        Assert.Equal(["Putin", "'s", "aides", "do", "n't", "agree", "."], Values("Putin's aides don't agree."));
    }

    [Fact]
    public void Every_token_s_offset_is_its_span_of_the_text()
    {
        const string text = "Le 14 juillet, 12 000 soldats ont défilé à Paris. “We'll see,” he said.";
        IReadOnlyList<EncodedToken> tokens = Tokenizer.EncodeToTokens(text, out string? normalized);

        Assert.Null(normalized);
        Assert.All(tokens, t => Assert.Equal(t.Value, text[t.Offset]));
        Assert.Contains(tokens, t => t.Value == "12 000");
        Assert.True(tokens.Zip(tokens.Skip(1)).All(p => p.First.Offset.End.Value <= p.Second.Offset.Start.Value));
    }

    [Fact]
    public void Ids_are_the_same_for_the_same_word_and_count_matches_the_tokens()
    {
        IReadOnlyList<int> ids = Tokenizer.EncodeToIds("Paris, Paris et Lyon");

        Assert.Equal(5, Tokenizer.CountTokens("Paris, Paris et Lyon"));
        Assert.Equal(ids[0], ids[2]);
        Assert.NotEqual(ids[0], ids[4]);
        Assert.Equal(NewsTokenizer.IdOf("Paris"), ids[0]);
    }

    [Fact]
    public void A_token_limit_stops_before_the_token_that_would_exceed_it()
    {
        IReadOnlyList<int> ids = Tokenizer.EncodeToIds("Paris, Berlin et Rome.", maxTokenCount: 3, out string? _, out int consumed);

        Assert.Equal(3, ids.Count);
        Assert.Equal("Paris, Berlin".Length, consumed);
    }

    [Fact]
    public void Decoding_hashed_ids_is_refused_with_a_clear_error()
    {
        var error = Assert.Throws<NotSupportedException>(() => Tokenizer.Decode([1, 2]));
        Assert.Contains("cannot be decoded", error.Message, StringComparison.Ordinal);
    }
}
