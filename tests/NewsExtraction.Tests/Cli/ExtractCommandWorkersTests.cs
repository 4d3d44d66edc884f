using System.Text.Json;
using NewsExtraction.Cli.Commands;

namespace NewsExtraction.Tests.Cli;

public sealed class ExtractCommandWorkersTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsx-extract-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (JsonElement[] Lines, string Report, int ExitCode) Run(string input, int? workers = null, int? maxChars = null)
    {
        string jsonl = Path.Combine(_folder, "input.jsonl");
        File.WriteAllText(jsonl, input);
        string output = Path.Combine(_folder, "output.jsonl");
        var report = new StringWriter();
        int exitCode = ExtractCommand.Run([jsonl], "auto", output, Stream.Null, workers, maxChars, report);
        JsonElement[] lines = [.. File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement)];
        return (lines, report.ToString(), exitCode);
    }

    private static string Record(string id, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text }) + "\n";

    [Fact]
    public void Lines_come_in_input_order_with_several_workers()
    {
        string input = string.Concat(Enumerable.Range(0, 200).Select(i => i % 2 == 0
            ? Record($"fr-{i}", $"Séoul convoque l’ambassadeur de Russie ({i}).")
            : Record($"en-{i}", $"Seoul summons the Russian ambassador ({i}).")));

        (JsonElement[] lines, _, int exitCode) = Run(input, workers: 2);

        Assert.Equal(0, exitCode);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => (i % 2 == 0 ? "fr-" : "en-") + i), lines.Select(l => l.GetProperty("id").GetString()));
    }

    [Fact]
    public void A_document_over_max_chars_gets_an_error_line_in_its_place()
    {
        string input = Record("short", "Séoul proteste.") + Record("long", new string('x', 101)) + Record("after", "Seoul protests.");

        (JsonElement[] lines, _, int exitCode) = Run(input, maxChars: 100);

        Assert.Equal(0, exitCode);
        Assert.Equal(["short", "long", "after"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.True(lines[0].TryGetProperty("entities", out _));
        Assert.Contains("too long", lines[1].GetProperty("error").GetString());
        Assert.True(lines[2].TryGetProperty("entities", out _));
    }

    [Fact]
    public void Invalid_records_get_error_lines_and_the_run_goes_on()
    {
        (JsonElement[] lines, _, int exitCode) = Run("not json\n" + Record("ok", "Seoul protests."));

        Assert.Equal(0, exitCode);
        Assert.Equal("input:1", lines[0].GetProperty("id").GetString());
        Assert.Contains("input.jsonl line 1: invalid JSON", lines[0].GetProperty("error").GetString());
        Assert.Equal("ok", lines[1].GetProperty("id").GetString());
    }

    [Fact]
    public void The_summary_counts_documents_and_errors()
    {
        (_, string report, _) = Run(Record("a", "Séoul proteste.") + Record("b", "Seoul protests.") + "not json\n", workers: 2);

        Assert.StartsWith("newsx: 3 documents, 1 error, ", report);
        Assert.Contains("docs/s", report);
        Assert.Contains("MB/s (2 workers)", report);
    }

    [Theory]
    [InlineData(0, null, "--workers")]
    [InlineData(null, 0, "--max-chars")]
    public void Limits_below_one_are_usage_errors(int? workers, int? maxChars, string option)
    {
        UsageException error = Assert.Throws<UsageException>(() => Run(Record("a", "Séoul."), workers, maxChars));

        Assert.Contains(option, error.Message);
    }
}
