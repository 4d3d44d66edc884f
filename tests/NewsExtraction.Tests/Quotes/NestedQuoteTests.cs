namespace NewsExtraction.Tests.Quotes;

/// <summary>Marks nested inside an outer quote that never closes: the reported quotes never overlap, as the schema requires.</summary>
public sealed class NestedQuoteTests
{
    [Theory]
    [InlineData("fr", "““«t u v w»”", "«t u v w»")]
    [InlineData("fr", "« Il a dit “ le « non » est clair ” et", "le « non » est clair")]
    [InlineData("en", "“ “« t »” said Joe Biden", "« t »")]
    [InlineData("en", "“ He said « the ‹ no › is clear » and", "the ‹ no › is clear")]
    public void Of_quotes_nested_in_an_unclosed_one_only_the_outermost_is_reported(string lang, string text, string expected)
    {
        Quote quote = Assert.Single(MarkedDocument.Extract(text, lang == "en" ? Language.English : Language.French));
        Assert.Equal(expected, quote.Text);
    }
}
