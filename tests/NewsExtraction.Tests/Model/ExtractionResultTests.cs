namespace NewsExtraction.Tests.Model;

/// <summary>A result is documented immutable: no cast gives a caller a way to change it.</summary>
public sealed class ExtractionResultTests
{
    private static readonly NewsExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Emmanuel Macron a déclaré : « Nous sommes prêts. »")]
    [InlineData("en", "Joe Biden said: “We are ready.”")]
    public void No_list_of_a_result_can_be_changed_through_a_cast(string lang, string text)
    {
        ExtractionResult result = Extractor.Extract(text, lang == "en" ? Language.English : Language.French);
        Assert.NotEmpty(result.Entities);
        Assert.NotEmpty(result.Quotes);

        Assert.IsNotType<Entity[]>(result.Entities);
        Assert.IsNotType<Quote[]>(result.Quotes);
        Assert.IsNotType<TextSpan[]>(result.Tokens);
        Assert.IsNotType<TextSpan[]>(result.Sentences);
        Assert.Throws<NotSupportedException>(() => ((IList<Entity>)result.Entities)[0] = result.Entities[0] with { Text = "x" });
        Assert.Throws<NotSupportedException>(() => ((IList<Quote>)result.Quotes).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<TextSpan>)result.Tokens)[0] = default);
        Assert.Throws<NotSupportedException>(() => ((IList<TextSpan>)result.Sentences).Add(default));
    }

    [Fact]
    public void The_lists_of_an_empty_result_are_read_only_too()
    {
        ExtractionResult result = Extractor.Extract("");
        Assert.True(((ICollection<Entity>)result.Entities).IsReadOnly);
        Assert.True(((ICollection<Quote>)result.Quotes).IsReadOnly);
    }
}
