using System.Text.Json;

namespace NewsExtraction.Tests.Cli;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Without_input_it_reads_the_samples_folder_in_name_order()
    {
        Newsx.Run run = Newsx.Invoke(null, "extract");

        Assert.Equal(0, run.ExitCode);
        string[] expected = [.. Directory.GetFiles(TestPaths.Samples, "*.txt").Order(StringComparer.Ordinal).Select(Path.GetFileNameWithoutExtension)!];
        Assert.Equal(expected, run.Lines.Select(l => l.GetProperty("id").GetString()));
    }

    [Fact]
    public void Each_line_has_the_gold_schema()
    {
        JsonElement line = Newsx.Invoke(null, "extract", Path.Combine(TestPaths.Samples, "fr-otan-sommet.txt")).Lines.Single();

        Assert.Equal("fr-otan-sommet", line.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.String, line.GetProperty("lang").ValueKind);
        Assert.Equal(JsonValueKind.Array, line.GetProperty("entities").ValueKind);
        Assert.Equal(JsonValueKind.Array, line.GetProperty("quotes").ValueKind);
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("en", "en")]
    public void Lang_option_sets_the_language(string option, string expected)
    {
        JsonElement line = Newsx.Invoke(null, "extract", "--lang", option, Path.Combine(TestPaths.Samples, "en-un-aid.txt")).Lines.Single();
        Assert.Equal(expected, line.GetProperty("lang").GetString());
    }

    [Fact]
    public void Jsonl_from_standard_input_keeps_ids_order_and_record_language()
    {
        const string input = """
            {"id":"b","text":"Le président a parlé.","lang":"fr"}
            {"id":"a","text":"The president spoke.","lang":"en"}
            """;
        JsonElement[] lines = Newsx.Invoke(input, "extract", "-").Lines;

        Assert.Equal(["b", "a"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(["fr", "en"], lines.Select(l => l.GetProperty("lang").GetString()));
    }

    [Fact]
    public void A_broken_record_gives_an_error_line_in_its_place_and_the_run_goes_on()
    {
        const string input = """
            {"id":"ok1","text":"Séoul proteste.","lang":"fr"}
            {"id":"broken", "text":
            {"id":"notext"}
            {"id":"ok2","text":"Seoul protests.","lang":"en"}
            """;
        Newsx.Run run = Newsx.Invoke(input, "extract", "-");

        Assert.Equal(0, run.ExitCode);
        JsonElement[] lines = run.Lines;
        Assert.Equal(4, lines.Length);
        Assert.True(lines[0].TryGetProperty("entities", out _));
        Assert.Contains("invalid JSON", lines[1].GetProperty("error").GetString());
        Assert.Equal("notext", lines[2].GetProperty("id").GetString());
        Assert.Contains("text", lines[2].GetProperty("error").GetString());
        Assert.Equal("ok2", lines[3].GetProperty("id").GetString());
    }

    [Fact]
    public void A_missing_file_gives_an_error_line_and_the_other_files_are_processed()
    {
        Newsx.Run run = Newsx.Invoke(null, "extract", "no-such-file.txt", Path.Combine(TestPaths.Samples, "en-un-aid.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("no-such-file", run.Lines[0].GetProperty("id").GetString());
        Assert.True(run.Lines[0].TryGetProperty("error", out _));
        Assert.Equal("en-un-aid", run.Lines[1].GetProperty("id").GetString());
    }

    [Fact]
    public void A_folder_and_a_jsonl_file_are_read_and_output_goes_to_the_named_file()
    {
        DirectoryInfo dir = Newsx.TempFolder();
        DirectoryInfo outDir = Newsx.TempFolder();
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "b.txt"), "Moscou dément.");
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "Kyiv said so.");
            string jsonl = Path.Combine(dir.FullName, "feed.jsonl");
            File.WriteAllText(jsonl, "{\"id\":\"x1\",\"text\":\"Un texte.\"}\n");
            string output = Path.Combine(outDir.FullName, "out.jsonl");

            Newsx.Run run = Newsx.Invoke(null, "extract", "--output", output, dir.FullName);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.StandardOutput);
            string[] ids = [.. File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)];
            Assert.Equal(["a", "b", "x1"], ids);
        }
        finally
        {
            dir.Delete(recursive: true);
            outDir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("extract", "--lang", "de")]
    [InlineData("extract", "--no-such-option")]
    [InlineData("no-such-command")]
    public void Unusable_arguments_stop_with_exit_code_2_and_one_line_on_standard_error(params string[] args)
    {
        Newsx.Run run = Newsx.Invoke(null, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.StandardOutput);
        Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
