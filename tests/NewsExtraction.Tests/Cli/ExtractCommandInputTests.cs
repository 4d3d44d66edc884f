using System.Text;
using System.Text.Json;
using NewsExtraction.Cli.Commands;

namespace NewsExtraction.Tests.Cli;

/// <summary>What <c>newsx extract</c> does with hostile or unusual inputs: limits held while reading, one line per record, messages that say what and where.</summary>
public sealed class ExtractCommandInputTests : IDisposable
{
    private readonly string _folder = Newsx.TempFolder().FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (JsonElement[] Lines, string Report) Run(string[] inputs, int? maxChars = null)
    {
        string output = Path.Combine(_folder, "out", "output.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var report = new StringWriter();
        Assert.Equal(0, ExtractCommand.Run(inputs, "auto", output, Stream.Null, workers: 2, maxChars, report));
        return ([.. File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement)], report.ToString());
    }

    private string Write(string name, byte[] content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string Error(JsonElement line) => line.GetProperty("error").GetString()!;

    [Fact]
    public void Dev_zero_gets_a_too_long_error_line_and_is_read_no_further_than_the_limit()
    {
        long before = GC.GetAllocatedBytesForCurrentThread();

        JsonElement line = Assert.Single(Run(["/dev/zero"], maxChars: 100_000).Lines);

        Assert.Contains("too long", Error(line));
        Assert.Contains("100,000", Error(line));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 50_000_000);
    }

    [Fact]
    public void A_multi_gigabyte_text_file_is_refused_without_being_read()
    {
        string huge = Path.Combine(_folder, "huge.txt");
        using (var file = new FileStream(huge, FileMode.CreateNew))
        {
            file.SetLength(3L << 30); // sparse: takes no room
        }
        File.WriteAllText(Path.Combine(_folder, "small.txt"), "Emmanuel Macron est à Paris.");

        (JsonElement[] lines, _) = Run([_folder]);

        Assert.Equal(["huge", "small"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Contains("too long", Error(lines[0]));
        Assert.True(lines[1].TryGetProperty("entities", out _));
    }

    [Fact]
    public void A_jsonl_line_over_the_limit_gets_an_error_line_with_its_own_id_and_line_number_and_the_run_goes_on()
    {
        // --max-chars 10 allows lines of 6 × 10 bytes plus 64 KiB.
        string feed = Write("feed.jsonl", Encoding.UTF8.GetBytes(
            "{\"id\":\"ok\",\"text\":\"Paris.\"}\n{\"id\":\"huge\",\"text\":\"" + new string('x', 200_000) + "\"}\n{\"id\":\"after\",\"text\":\"Rome.\"}\n"));

        (JsonElement[] lines, _) = Run([feed], maxChars: 10);

        Assert.Equal(["ok", "huge", "after"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Contains("feed.jsonl line 2: record too long: 200,023 bytes", Error(lines[1]));
        Assert.True(lines[2].TryGetProperty("entities", out _));
    }

    [Fact]
    public void The_summary_does_not_count_a_rejected_documents_bytes()
    {
        string feed = Write("feed.jsonl", Encoding.UTF8.GetBytes("{\"id\":\"long\",\"text\":\"" + new string('x', 1_500_000) + "\"}\n"));

        (JsonElement[] lines, string report) = Run([feed], maxChars: 1_000_000);

        Assert.Contains("too long", Error(Assert.Single(lines)));
        Assert.StartsWith("newsx: 1 document, 1 error, 0.0 MB in ", report);
        Assert.Contains("(2 workers)", report);
    }

    [Fact]
    public void A_folder_without_txt_or_jsonl_files_says_so_with_a_hint()
    {
        string empty = Path.Combine(_folder, "empty");
        Directory.CreateDirectory(empty);
        File.WriteAllText(Path.Combine(empty, "notes.md"), "Paris.");

        JsonElement line = Assert.Single(Run([empty]).Lines);

        Assert.Contains("no .txt or .jsonl files in folder", Error(line));
        Assert.Contains("name other files directly", Error(line));
    }

    [Theory]
    [InlineData("none.txt")]
    [InlineData("none.jsonl")]
    [InlineData("none/")]
    [InlineData("no/such/folder/a.txt")]
    [InlineData("no/such/folder/a.jsonl")]
    public void A_missing_input_gets_one_message_whatever_the_shape_of_its_path(string path)
    {
        string missing = Path.Combine(_folder, path);

        JsonElement line = Assert.Single(Run([missing]).Lines);

        Assert.Equal($"no such file or folder: {missing}", Error(line));
    }

    [Theory]
    [InlineData("{\"id\":\"fr-1\",\"text\":5}", "fr-1", "\"text\" must be a string, not a number")]
    [InlineData("{\"text\":[\"Paris\"],\"id\":\"en-1\"}", "en-1", "\"text\" must be a string, not an array")]
    [InlineData("{\"id\":5,\"text\":\"Paris.\"}", "feed:2", "\"id\" must be a string, not a number")]
    [InlineData("{\"id\":\"fr-2\",\"text\":\"Paris.\",}", "fr-2", "trailing comma")]
    [InlineData("{\"id\":\"fr-3\",\"text\":\"Paris.\",\"lang\":true}", "fr-3", "\"lang\" must be a string, not true or false")]
    [InlineData("[\"Paris\"]", "feed:2", "a record must be a JSON object")]
    public void A_record_that_cannot_be_read_keeps_its_own_id_and_says_what_is_wrong_and_where(string record, string id, string problem)
    {
        string feed = Write("feed.jsonl", Encoding.UTF8.GetBytes("{\"id\":\"first\",\"text\":\"Rome.\"}\n" + record + "\n"));

        JsonElement[] lines = Run([feed]).Lines;

        Assert.Equal(2, lines.Length);
        Assert.Equal(id, lines[1].GetProperty("id").GetString());
        Assert.StartsWith("feed.jsonl line 2: ", Error(lines[1]));
        Assert.Contains(problem, Error(lines[1]));
        Assert.DoesNotContain("NewsExtraction.Serialization", Error(lines[1]));
        Assert.DoesNotContain("LineNumber: 0", Error(lines[1]));
        Assert.DoesNotContain("reader options", Error(lines[1]));
    }

    [Fact]
    public void Invalid_utf8_inside_a_record_keeps_its_id_and_names_the_field()
    {
        string feed = Write("feed.jsonl", [.. "{\"id\":\"fr-4\",\"text\":\"Par"u8, 0xFF, .. "is.\"}\n"u8]);

        JsonElement line = Assert.Single(Run([feed]).Lines);

        Assert.Equal("fr-4", line.GetProperty("id").GetString());
        Assert.StartsWith("feed.jsonl line 1: \"text\" is not valid UTF-8", Error(line));
    }

    [Theory]
    [InlineData("auto", "fr")]
    [InlineData("AUTO", "fr")]
    [InlineData("en", "en")]
    public void Lang_auto_in_a_record_means_identify_the_language(string lang, string expected)
    {
        string feed = Write("feed.jsonl", Encoding.UTF8.GetBytes(
            $"{{\"id\":\"a\",\"lang\":\"{lang}\",\"text\":\"Le président de la République a rencontré le Premier ministre à Paris.\"}}\n"));

        Assert.Equal(expected, Assert.Single(Run([feed]).Lines).GetProperty("lang").GetString());
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void A_utf16_jsonl_file_is_decoded_one_line_per_record(string encoding)
    {
        Encoding utf16 = Encoding.GetEncoding(encoding);
        string feed = Write("feed.jsonl", [.. utf16.GetPreamble(), .. utf16.GetBytes("{\"id\":\"fr\",\"text\":\"Séoul proteste.\"}\r\n{\"id\":\"en\",\"text\":\"Seoul protests.\"}\r\n")]);

        JsonElement[] lines = Run([feed]).Lines;

        Assert.Equal(["fr", "en"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.All(lines, l => Assert.True(l.TryGetProperty("entities", out _)));
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_of_a_later_line_is_skipped_as_in_concatenated_files()
    {
        byte[] first = [0xEF, 0xBB, 0xBF, .. "{\"id\":\"a\",\"text\":\"Paris.\"}\n"u8];
        byte[] second = [0xEF, 0xBB, 0xBF, .. "{\"id\":\"b\",\"text\":\"Londres.\"}\n"u8];
        string feed = Write("feed.jsonl", [.. first, .. second]);

        JsonElement[] lines = Run([feed]).Lines;

        Assert.Equal(["a", "b"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.All(lines, l => Assert.True(l.TryGetProperty("entities", out _)));
    }
}
