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

    // The strings the writer must escape: controls, quotes and backslashes, HTML-sensitive marks, line separators,
    // a byte-order mark, a paired and a lone surrogate, accents and non-Latin script.
    public static TheoryData<string> HostileStrings => new()
    {
        "Jean\u0000 Dupont\u0001\u001f\u007f",
        "« Macron » \"Manu\" \\ l’Élysée\t\r\n\b\f",
        "<script>&'+`</script> \u2028\u2029\uFEFF\u200B",
        "Séoul 서울 北京 😀",
        "lone \uD800 high, lone \uDC00 low, reversed \uDE00\uD83D",
    };

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void The_written_line_is_the_serializers_output_of_the_record_byte_for_byte(string hostile)
    {
        Entity[] entities =
        [
            new() { Type = EntityType.Person, Start = 0, End = 4, Text = hostile, Canonical = hostile + " Macron" },
            new() { Type = EntityType.Country, Start = 5, End = 9, Text = "Corée", Iso2 = "KR", Form = CountryForm.Capital },
            new() { Type = EntityType.Quantity, Start = 10, End = 14, Text = "1,5 milliard", Value = 1.5e9, Unit = hostile, Approximate = true },
            new() { Type = EntityType.Quantity, Start = 15, End = 16, Text = "0,1", Value = 0.1, Approximate = false },
            new() { Type = EntityType.Quantity, Start = 17, End = 18, Text = "tiny", Value = -1.25e-7 },
            new() { Type = EntityType.Date, Start = 19, End = 24, Text = "lundi", Iso = "2026-12-07" },
            new() { Type = EntityType.Organization, Start = 25, End = 28, Text = "ONU" },
        ];
        Quote[] quotes =
        [
            new() { Start = 1, End = 3, Text = hostile, Cue = "a déclaré", Speaker = new() { Start = 4, End = 6, Text = hostile, Name = hostile } },
            new() { Start = 7, End = 9, Text = "said" },
        ];
        var result = new ExtractionResult(hostile, Language.French, [], [], entities, quotes);

        string expected = JsonSerializer.Serialize(new DocumentRecord(hostile, "fr", entities, quotes), NewsJsonContext.Output.DocumentRecord);
        Assert.Equal(expected, ExtractionJson.Serialize(result, hostile));
    }

    // A caller writing lines to a stream (the record, then its newline) relies on Write leaving nothing in the writer.
    [Theory]
    [InlineData("fr", "« Nous sommes prêts », a déclaré Emmanuel Macron à Paris.")]
    [InlineData("en", "“We are ready,” Joe Biden said in Washington.")]
    public void Write_flushes_the_record_to_the_writers_stream_as_the_serializer_did(string lang, string text)
    {
        ExtractionResult result = Extractor.Extract(text, lang == "en" ? Language.English : Language.French);
        var options = new JsonWriterOptions { Encoder = NewsJsonContext.Output.Options.Encoder };
        using var serialized = new MemoryStream();
        using var serializer = new Utf8JsonWriter(serialized, options);
        using var written = new MemoryStream();
        using var writer = new Utf8JsonWriter(written, options);

        JsonSerializer.Serialize(serializer, new DocumentRecord("id", lang, result.Entities, result.Quotes), NewsJsonContext.Output.DocumentRecord);
        ExtractionJson.Write(writer, result, "id");

        Assert.Equal(0, writer.BytesPending);
        Assert.NotEqual(0, written.Length);
        Assert.Equal(serialized.ToArray(), written.ToArray());
    }

    [Fact]
    public void A_lone_surrogate_in_the_id_is_written_as_its_escape() =>
        Assert.Contains("\"id\":\"a\\uDC00b\"", ExtractionJson.Serialize(Extractor.Extract("x"), "a" + (char)0xDC00 + "b"), StringComparison.Ordinal);
}
