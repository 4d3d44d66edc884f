using System.CommandLine;
using NewsExtraction.Cli.Input;
using NewsExtraction.Cli.Output;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli.Commands;

/// <summary><c>newsx extract</c>: one JSON line per document in the output schema, in input order.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        Argument<string[]> inputs = CommonOptions.Inputs();
        Option<string> lang = CommonOptions.Lang();
        Option<FileInfo?> output = CommonOptions.Output();
        var command = new Command("extract", "Extract people, countries, organisations, places, quantities and quotes.") { inputs, lang, output };
        command.SetAction(parse => Run(parse.GetValue(inputs), parse.GetValue(lang), parse.GetValue(output), Console.In));
        return command;
    }

    internal static int Run(string[]? inputs, string? lang, FileInfo? output, TextReader standardInput)
    {
        string[] paths = CommonOptions.ResolveInputs(inputs);
        Language? language = CommonOptions.ParseLanguage(lang);
        var extractor = new NewsExtractor();
        using var writer = new JsonLinesWriter(CommonOptions.OpenOutput(output));
        foreach (InputDocument document in InputReader.Read(paths, standardInput))
        {
            if (document.Error is not null)
            {
                writer.WriteError(document.Id, document.Error);
                continue;
            }
            ExtractionResult result = extractor.Extract(document.Text!, document.Language ?? language);
            writer.Write(new DocumentRecord(document.Id, result.Language.ToCode(), result.Entities, result.Quotes), NewsJsonContext.Output.DocumentRecord);
        }
        return 0;
    }
}
