using System.Diagnostics;
using System.Text.Json;

namespace NewsExtraction.Tests.Cli;

/// <summary>
/// The batch contract of <c>newsx extract</c> (README, "Batch contract"), run on the real tool: unusable
/// arguments and targets exit 2 with one line before anything is written, the output is never an input, a
/// closed pipe ends the run quietly and Ctrl+C keeps the finished lines.
/// </summary>
public sealed class BatchContractTests : IDisposable
{
    private readonly string _folder = Newsx.TempFolder().FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Feed(int records, string name = "feed.jsonl")
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllLines(path, Enumerable.Range(0, records).Select(i => i % 2 == 0
            ? $"{{\"id\":\"fr-{i}\",\"text\":\"Emmanuel Macron est à Paris ({i}).\"}}"
            : $"{{\"id\":\"en-{i}\",\"text\":\"Joe Biden is in London ({i}).\"}}"));
        return path;
    }

    private static void AssertUsageError(Newsx.Run run, string expected)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.StandardOutput);
        Assert.Contains(expected, Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("missing/dir/out.jsonl", "no folder")]
    [InlineData(".", "it is a folder")]
    [InlineData("/dev/full", "No space left on device")]
    public void An_unusable_output_target_exits_2_with_one_line_before_anything_is_written(string target, string message)
    {
        string output = target.StartsWith('/') ? target : Path.Combine(_folder, target);

        AssertUsageError(Newsx.Invoke(null, "extract", Feed(2), "-o", output), message);
    }

    [Fact]
    public async Task Standard_output_on_a_full_device_exits_2_with_one_line()
    {
        Process process = Newsx.Start(["extract", Feed(2)], prefix: ["sh", "-c", "exec \"$@\" > /dev/full", "sh"]);
        process.StandardInput.Close();
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Equal("newsx: cannot write standard output: No space left on device", error.Trim());
    }

    [Fact]
    public void A_file_held_by_another_process_is_refused_and_left_as_it_was()
    {
        string output = Path.Combine(_folder, "held.jsonl");
        File.WriteAllText(output, "kept\n");
        using (new FileStream(output, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            AssertUsageError(Newsx.Invoke(null, "extract", Feed(2), "-o", output), "cannot write");
        }
        Assert.Equal("kept\n", File.ReadAllText(output));
    }

    [Fact]
    public void An_output_that_is_also_an_input_is_refused_and_the_input_kept_whatever_its_spelling()
    {
        string feed = Feed(2);
        string before = File.ReadAllText(feed);
        string link = Path.Combine(_folder, "link.jsonl");
        File.CreateSymbolicLink(link, feed);
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));

        AssertUsageError(Newsx.Invoke(null, "extract", feed, "-o", feed), "is also an input");
        AssertUsageError(Newsx.Invoke(null, "extract", feed, "-o", Path.Combine(_folder, "sub", "..", "feed.jsonl")), "is also an input");
        AssertUsageError(Newsx.Invoke(null, "extract", link, "-o", feed), "is also an input");
        Assert.Equal(before, File.ReadAllText(feed));
    }

    [Fact]
    public void A_folder_run_does_not_read_its_own_output_back()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Emmanuel Macron est à Paris.");
        string output = Path.Combine(_folder, "out.jsonl");

        Newsx.Run first = Newsx.Invoke(null, "extract", _folder, "-o", output);
        Newsx.Run second = Newsx.Invoke(null, "extract", _folder, "-o", output);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(["a"], File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public void Dash_as_output_means_standard_output()
    {
        Newsx.Run run = Newsx.Invoke(null, "extract", Feed(1), "-o", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("fr-0", Assert.Single(run.Lines).GetProperty("id").GetString());
        Assert.False(File.Exists(Path.Combine(TestPaths.Repository, "-")));
    }

    [Fact]
    public async Task A_closed_output_pipe_ends_the_run_quietly_with_exit_code_141()
    {
        // Some 500 KB of output: far more than the pipe and the tool's buffer hold.
        Process process = Newsx.Start(["extract", Feed(4000)]);
        process.StandardInput.Close();
        Task<string> error = process.StandardError.ReadToEndAsync();
        string? first = await process.StandardOutput.ReadLineAsync();
        process.StandardOutput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.StartsWith("{\"id\":\"fr-0\"", first);
        Assert.Equal(141, process.ExitCode);
        Assert.Equal("", await error);
    }

    [Fact]
    public async Task Ctrl_C_ends_a_run_whose_input_is_still_open_keeping_every_finished_line_and_exits_130()
    {
        // A process started in the background by a shell without job control ignores SIGINT, and so do its
        // children (newsx included, as any Unix tool would): nothing to test then.
        Assert.SkipWhen(InterruptIgnoredHere(), "SIGINT is ignored in this process tree (started in the background without job control)");
        Process process = Newsx.Start(["extract", "-"]);
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(await File.ReadAllTextAsync(Feed(3)));
        await process.StandardInput.FlushAsync();
        // Standard input stays open, as a feed still coming: each line comes out once done, without waiting for more input.
        var lines = new List<string>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (lines.Count < 3 && await process.StandardOutput.ReadLineAsync(patience.Token) is string line)
        {
            lines.Add(line);
        }
        await Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExitAsync();
        string rest = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(130, process.ExitCode);
        Assert.Equal(["fr-0", "en-1", "fr-2"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal("", rest);
        Assert.StartsWith("newsx: 3 documents, 0 errors", await error);
        Assert.EndsWith("(interrupted)", (await error).Trim());
    }

    /// <summary>Whether this process ignores SIGINT (bit 2 of the <c>SigIgn</c> mask in /proc/self/status), which its children inherit.</summary>
    private static bool InterruptIgnoredHere() =>
        File.Exists("/proc/self/status")
        && File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) is string mask
        && (Convert.ToUInt64(mask["SigIgn:".Length..].Trim(), 16) & (1UL << (2 - 1))) != 0;

    [Theory]
    [InlineData("abc")]
    [InlineData("2147483647")]
    [InlineData("100000")]
    [InlineData("0")]
    [InlineData("-3")]
    public void Workers_must_be_a_whole_number_up_to_a_few_per_core(string workers)
    {
        Newsx.Run run = Newsx.Invoke(null, "extract", "--workers", workers, Feed(1));

        AssertUsageError(run, $"--workers must be a whole number from 1 to");
        Assert.DoesNotContain("System.Int32", run.StandardError);
    }

    [Fact]
    public void An_unknown_command_names_the_commands()
    {
        Newsx.Run run = Newsx.Invoke(null, "frobnicate");

        AssertUsageError(run, "unknown command 'frobnicate'");
        Assert.Contains("extract", run.StandardError);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unreadable_sub_folder_gets_an_error_line_and_the_readable_files_are_processed()
    {
        string locked = Path.Combine(_folder, "b-locked");
        Directory.CreateDirectory(locked);
        File.WriteAllText(Path.Combine(locked, "hidden.txt"), "Londres.");
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Paris.");
        File.WriteAllText(Path.Combine(_folder, "c.txt"), "Rome.");
        File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            Newsx.Run run = Newsx.InvokeUnprivileged("extract", _folder);

            Assert.Equal(0, run.ExitCode);
            JsonElement[] lines = run.Lines;
            Assert.Equal(["a", locked, "c"], lines.Select(l => l.GetProperty("id").GetString()));
            Assert.Contains("cannot read folder", lines[1].GetProperty("error").GetString());
            Assert.True(lines[2].TryGetProperty("entities", out _));
        }
        finally
        {
            File.SetUnixFileMode(locked, (UnixFileMode)0b111_000_000);
        }
    }
}
