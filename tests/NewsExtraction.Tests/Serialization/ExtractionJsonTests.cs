using System.Text.Json;
using System.Text.RegularExpressions;
using NewsExtraction.Serialization;

namespace NewsExtraction.Tests.Serialization;

public sealed class ExtractionJsonTests
{
    private static readonly NewsExtractor Extractor = new();

    // System.Text.Json refuses to read a lone surrogate back; the escapes are plain JSON (Python reads them exactly).
    private static string Unescape(JsonElement value) => Regex.Unescape(value.GetRawText()[1..^1]);

    // Built in code: an attribute argument cannot hold a lone surrogate (it is stored as UTF-8 and comes back as U+FFFD).
    [Theory]
    [InlineData("fr", "Il a dit « nous {0} sommes prêts » hier, a ajouté Emmanuel Macron.", '\uD83D')]
    [InlineData("en", "He said “we are {0} ready” on Monday, Joe Biden added.", '\uDE00')]
    public void A_lone_surrogate_is_written_as_its_escape_so_the_text_reads_back_as_the_input_slice(string lang, string format, int surrogate)
    {
        string text = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, (char)surrogate);
        ExtractionResult result = Extractor.Extract(text, lang == "en" ? Language.English : Language.French);
        string json = ExtractionJson.Serialize(result, "id");

        Assert.DoesNotContain('\uFFFD', json);
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement quote = Assert.Single(document.RootElement.GetProperty("quotes").EnumerateArray());
        int start = quote.GetProperty("start").GetInt32(), end = quote.GetProperty("end").GetInt32();
        Assert.Equal(text[start..end], Unescape(quote.GetProperty("text")));
    }

    [Fact]
    public void Paired_surrogates_and_accents_read_back_as_the_input_slice()
    {
        const string text = "Il a dit « nous 😀 sommes prêts » hier.";
        using JsonDocument document = JsonDocument.Parse(ExtractionJson.Serialize(Extractor.Extract(text, Language.French), "id"));
        JsonElement quote = Assert.Single(document.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.Equal(text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()], quote.GetProperty("text").GetString());
    }

    [Fact]
    public void A_lone_surrogate_in_the_id_is_written_as_its_escape() =>
        Assert.Contains("\"id\":\"a\\uDC00b\"", ExtractionJson.Serialize(Extractor.Extract("x"), "a" + (char)0xDC00 + "b"), StringComparison.Ordinal);
}
