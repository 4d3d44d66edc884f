namespace NewsExtraction.Tests.Cli;

public sealed class RenderCommandTests
{
    [Fact]
    public void Render_writes_one_page_for_all_its_inputs()
    {
        DirectoryInfo folder = Newsx.TempFolder();
        try
        {
            string page = Path.Combine(folder.FullName, "page.html");

            Newsx.Run run = Newsx.Invoke(null, "render", Path.Combine(TestPaths.Samples, "fr-otan-sommet.txt"), Path.Combine(TestPaths.Samples, "en-korea-drills.txt"), "-o", page);

            Assert.Equal(0, run.ExitCode);
            string html = File.ReadAllText(page);
            Assert.Equal(2, html.Split("<article class=\"document\"").Length - 1);
            Assert.Contains("<h2>fr-otan-sommet <span class=\"language\">fr</span></h2>", html);
            Assert.Contains("<h2>en-korea-drills <span class=\"language\">en</span></h2>", html);
            Assert.Contains("newsx render: 2 documents rendered", run.StandardError);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [SharedDataFact]
    public void Render_with_gold_compares_each_document_with_its_gold_file()
    {
        string shared = TestPaths.RequiredShared;

        string[] seeds = [.. Directory.GetFiles(Path.Combine(shared, "gold"), "*.json").Select(g => Path.Combine(shared, "corpus", "seeds", Path.GetFileNameWithoutExtension(g) + ".txt"))];

        Newsx.Run run = Newsx.Invoke(null, ["render", .. seeds, "--lang", "fr", "--gold", Path.Combine(shared, "gold")]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(seeds.Length, run.StandardOutput.Split("<p class=\"gold-summary\">Against the gold: entities ").Length - 1);
        Assert.DoesNotContain("shown without gold", run.StandardError);
    }

    [Theory]
    [InlineData("render", "--gold", "no/such/folder")]
    [InlineData("render", "--model", "fr=README.md")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("serve", "--bind", "localhost.example")]
    public void An_unusable_argument_exits_2_with_one_line(params string[] args)
    {
        Newsx.Run run = Newsx.Invoke(null, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(run.StandardOutput);
    }
}
