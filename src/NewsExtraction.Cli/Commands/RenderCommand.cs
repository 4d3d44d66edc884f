using System.CommandLine;
using NewsExtraction.Cli.Input;
using NewsExtraction.Cli.Output;
using NewsExtraction.Cli.Rendering;

namespace NewsExtraction.Cli.Commands;

/// <summary><c>newsx render</c>: one self-contained HTML page showing what was extracted from each document, optionally against gold files.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        Argument<string[]> inputs = CommonOptions.Inputs();
        Option<string> lang = CommonOptions.Lang();
        Option<string?> output = new("--output", "-o") { Description = "Write the page to this file instead of standard output (- for standard output)." };
        Option<DirectoryInfo?> gold = new("--gold")
        {
            Description = "A folder of gold files in the output schema (ID.json): mark missed, spurious and wrong entities, quotes and speakers.",
        };
        Option<string[]> models = EntityModelOption.Create();
        var command = new Command("render", "Show the extraction as one HTML page: entities highlighted by type, quotes with their speakers.") { inputs, lang, output, gold, models };
        command.SetAction(parse => Run(parse.GetValue(inputs), parse.GetValue(lang), parse.GetValue(output), parse.GetValue(gold), Console.OpenStandardInput(), Console.Error, parse.GetValue(models)));
        return command;
    }

    internal static int Run(string[]? inputs, string? lang, string? output, DirectoryInfo? gold, Stream standardInput, TextWriter report, string[]? models = null)
    {
        string[] paths = CommonOptions.ResolveInputs(inputs);
        Language? language = CommonOptions.ParseLanguage(lang);
        if (gold is { Exists: false })
        {
            throw new UsageException($"--gold: no such folder: {gold.FullName}");
        }
        GoldFiles? goldFiles = gold is null ? null : new GoldFiles(gold.FullName);
        // Opened before anything is read: an unusable target stops the run with exit code 2, and is never also an input.
        var options = new ExtractionOptions { EntityModels = EntityModelOption.Parse(models) };
        using Stream target = OutputTarget.Open(output, paths);
        var extractor = new NewsExtractor(options);
        var documents = new List<RenderedDocument>();
        int failed = 0;
        foreach (InputDocument input in InputReader.Read(paths, standardInput, BatchOptions.Default.MaxChars, OutputTarget.AsInput(output)))
        {
            NewsDocumentResult outcome = input.Error is null
                ? extractor.TryExtract(new NewsDocument(input.Id, input.Text!, input.Language ?? language, input.Date), BatchOptions.Default.MaxChars)
                : NewsDocumentResult.Failure(input.Id, input.Error);
            if (!outcome.Succeeded)
            {
                report.WriteLine($"newsx render: {input.Id}: {outcome.Error}");
                failed++;
                continue;
            }
            GoldComparison? comparison = null;
            if (goldFiles is not null && (comparison = goldFiles.Find(input.Id, out string? problem)) is null)
            {
                report.WriteLine($"newsx render: {input.Id}: {problem}; shown without gold");
            }
            documents.Add(new RenderedDocument(input.Id, input.Text!, outcome.Result, comparison));
        }
        string page = HtmlPage.Render(documents, gold is null ? "newsx render" : $"newsx render — compared with {gold.Name}");
        try
        {
            using var writer = new StreamWriter(target, new System.Text.UTF8Encoding(false));
            writer.Write(page);
        }
        catch (IOException ex)
        {
            throw new OutputFailedException(OutputTarget.NameOf(output), ex);
        }
        report.WriteLine($"newsx render: {(documents.Count == 1 ? "1 document" : $"{documents.Count} documents")} rendered{(failed > 0 ? $", {failed} could not be" : "")}");
        return 0;
    }
}
