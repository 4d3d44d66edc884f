using System.Text.Json;

namespace NewsExtraction.Tests.Cli;

public sealed class ExtractCommandDateTests
{
    private static string?[] Isos(JsonElement line) =>
        [.. line.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "DATE")
            .Select(e => e.TryGetProperty("iso", out JsonElement iso) ? iso.GetString() : null)];

    [Fact]
    public void A_record_date_resolves_its_weekdays_and_the_date_option_serves_records_without_one()
    {
        const string input = """
            {"id":"fr","text":"Le ministre a parlé vendredi.","lang":"fr","date":"2024-10-22"}
            {"id":"en","text":"The minister spoke on Friday.","lang":"en"}
            """;
        Newsx.Run run = Newsx.Invoke(input, "extract", "--date", "2019-01-08", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["2024-10-18"], Isos(run.Lines[0]));
        Assert.Equal(["2019-01-04"], Isos(run.Lines[1]));
    }

    [Fact]
    public void Without_a_date_weekdays_have_no_iso()
    {
        Newsx.Run run = Newsx.Invoke("""{"id":"a","text":"The minister spoke on Friday.","lang":"en"}""", "extract", "-");
        Assert.Equal([null], Isos(run.Lines.Single()));
    }

    [Fact]
    public void A_record_with_an_invalid_date_gives_an_error_line_in_its_place()
    {
        const string input = """
            {"id":"bad","text":"Le ministre a parlé vendredi.","date":"22/10/2024"}
            {"id":"ok","text":"Le ministre a parlé vendredi.","date":"2024-10-22"}
            """;
        Newsx.Run run = Newsx.Invoke(input, "extract", "-");

        Assert.Equal(["bad", "ok"], run.Lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Contains("date", run.Lines[0].GetProperty("error").GetString());
        Assert.Equal(["2024-10-18"], Isos(run.Lines[1]));
    }

    [Fact]
    public void An_invalid_date_option_exits_2_before_reading()
    {
        Newsx.Run run = Newsx.Invoke("""{"id":"a","text":"Le ministre a parlé vendredi."}""", "extract", "--date", "tomorrow", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.StandardOutput);
        Assert.Contains("--date", run.StandardError);
    }
}
