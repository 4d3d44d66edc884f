using System.Text.RegularExpressions;
using NewsExtraction.Cli.Rendering;

namespace NewsExtraction.Tests.Cli.Rendering;

public sealed partial class HtmlPageTests
{
    private static readonly NewsExtractor Extractor = new();

    private const string French = "Le président Emmanuel Macron a déclaré : « La France enverra 2 000 soldats en Ukraine. »";
    private const string English = "“The United States will stand with Ukraine,” President Joe Biden said in Washington.";

    private static RenderedDocument Document(string id, string text, GoldComparison? gold = null) =>
        new(id, text, Extractor.Extract(text), gold);

    [Theory]
    [InlineData(French, "person", "Emmanuel Macron")]
    [InlineData(English, "person", "Joe Biden")]
    public void Each_entity_is_a_mark_of_its_type_with_its_label(string text, string cls, string name)
    {
        string page = HtmlPage.Render([Document("doc", text)], "test");

        Assert.Matches($"<mark class=\"entity {cls}\" id=\"d1-m\\d+\"[^>]*>{name}<span class=\"label\">PERSON</span></mark>", page);
    }

    [Fact]
    public void Countries_show_their_iso_code_and_quantities_their_value_and_unit()
    {
        string page = HtmlPage.Render([Document("fr", French), Document("en", English)], "test");

        Assert.Contains("Ukraine<span class=\"label\">COUNTRY UA</span>", page);
        Assert.Contains("United States<span class=\"label\">COUNTRY US</span>", page);
        Assert.Contains("<span class=\"label\">QUANTITY 2,000 soldats</span>", page);
    }

    [Theory]
    [InlineData(French, "Emmanuel Macron")]
    [InlineData(English, "Joe Biden")]
    public void A_quote_names_its_speaker_with_a_link_to_a_mention_on_the_page(string text, string speaker)
    {
        string page = HtmlPage.Render([Document("doc", text)], "test");

        Match link = SpeakerLink().Match(page);
        Assert.True(link.Success, "no speaker link");
        Assert.Equal(speaker, link.Groups["name"].Value);
        Assert.Contains($"id=\"{link.Groups["target"].Value}\"", page);
        Assert.Contains("<span class=\"quote\"", page);
    }

    [Fact]
    public void The_text_is_escaped_so_markup_in_an_article_shows_as_text()
    {
        const string hostile = "<script>alert('x')</script> Emmanuel Macron a dit : « <b>non</b> & \"oui\" ».";

        string page = HtmlPage.Render([Document("<img src=x onerror=alert(1)>", hostile)], "<title>");

        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain("<img", page);
        Assert.DoesNotContain("<b>", page);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", page);
        Assert.Contains("&amp; &quot;oui&quot;", page);
    }

    [Fact]
    public void The_page_is_self_contained_with_no_script_and_nothing_fetched()
    {
        string page = HtmlPage.Render([Document("fr", French), Document("en", English)], "test");

        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(?!#)", page);
    }

    [Fact]
    public void The_legend_names_every_type_and_the_summary_counts_people_and_quotes_per_speaker()
    {
        string page = HtmlPage.Render([Document("fr", French)], "test");

        foreach (string type in new[] { "PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "QUANTITY", "DATE" })
        {
            Assert.Contains($"\">{type}</mark>", page);
        }
        Assert.Contains("<dt>People</dt><dd>Emmanuel Macron</dd>", page);
        Assert.Contains("<dt>Quotes per speaker</dt><dd>Emmanuel Macron</dd>", page);
    }

    [Fact]
    public void Against_gold_each_mark_says_whether_it_is_correct_spurious_of_the_wrong_type_or_missed()
    {
        ExtractionResult result = Extractor.Extract(English);
        Entity person = result.Entities.Single(e => e.Type == EntityType.Person);
        Entity united = result.Entities.Single(e => e.Text == "United States");
        Assert.Contains(result.Entities, e => e.Text == "Washington");
        int president = English.IndexOf("President", StringComparison.Ordinal);
        // The gold keeps the person, calls the United States an organisation, lacks Ukraine and Washington, and has one more entity.
        GoldComparison gold = GoldComparison.Of(
            [person, united with { Type = EntityType.Organization }, new Entity { Type = EntityType.Person, Start = president, End = president + 9, Text = "President" }],
            [.. result.Quotes]);

        string page = HtmlPage.Render([new RenderedDocument("en", English, result, gold)], "test");

        Assert.Contains("<mark class=\"entity person correct\"", page);
        Assert.Contains("United States<span class=\"label\">COUNTRY US ≠ gold ORGANIZATION</span>", page);
        Assert.Contains("Washington<span class=\"label\">LOCATION ✗ not in gold</span>", page);
        Assert.Contains("President<span class=\"label\">missed PERSON</span>", page);
        Assert.Contains("1 correct, 2 spurious, 1 wrong type, 0 wrong span, 1 missed", page);
    }

    [GeneratedRegex("<a class=\"speaker\" href=\"#(?<target>[^\"]+)\">(?<name>[^<]+)</a>")]
    private static partial Regex SpeakerLink();
}
