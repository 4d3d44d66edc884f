namespace NewsExtraction.Tests.Model;

public sealed class NewsDocumentTests
{
    [Fact]
    public void A_null_id_or_text_is_rejected_with_its_name()
    {
        Assert.Equal("Id", Assert.Throws<ArgumentNullException>(() => new NewsDocument(null!, "texte")).ParamName);
        Assert.Equal("Text", Assert.Throws<ArgumentNullException>(() => new NewsDocument("1", null!)).ParamName);
        var document = new NewsDocument("1", "texte");
        Assert.Throws<ArgumentNullException>(() => document with { Id = null! });
        Assert.Throws<ArgumentNullException>(() => document with { Text = null! });
    }

    [Fact]
    public void A_language_that_is_not_a_named_value_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new NewsDocument("1", "texte", (Language)99));
        Assert.Contains("99 is not a Language", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new NewsDocument("1", "texte") with { Language = (Language)99 });
    }
}
