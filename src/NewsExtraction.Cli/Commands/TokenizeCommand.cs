using System.CommandLine;
using NewsExtraction.Cli.Input;
using NewsExtraction.Cli.Output;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli.Commands;

/// <summary><c>newsx tokenize</c>: one JSON line per document with its token and sentence ranges.</summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        Argument<string[]> inputs = CommonOptions.Inputs();
        Option<string> lang = CommonOptions.Lang();
        Option<string?> output = CommonOptions.Output();
        var command = new Command("tokenize", "Split documents into tokens and sentences.") { inputs, lang, output };
        command.SetAction(parse => Run(parse.GetValue(inputs), parse.GetValue(lang), parse.GetValue(output), Console.OpenStandardInput()));
        return command;
    }

    internal static int Run(string[]? inputs, string? lang, string? output, Stream standardInput)
    {
        string[] paths = CommonOptions.ResolveInputs(inputs);
        Language? language = CommonOptions.ParseLanguage(lang);
        var extractor = new NewsExtractor(new ExtractionOptions { Stages = ExtractionStages.None });
        using var writer = OutputTarget.OpenWriter(output, paths);
        foreach (InputDocument document in InputReader.Read(paths, standardInput, BatchOptions.Default.MaxChars, OutputTarget.AsInput(output)))
        {
            if (document.Error is not null)
            {
                writer.WriteError(document.Id, document.Error);
                continue;
            }
            ExtractionResult result = extractor.Extract(document.Text!, document.Language ?? language);
            writer.Write(new TokensRecord(document.Id, result.Language.ToCode(), Pairs(result.Tokens), Pairs(result.Sentences)), NewsJsonContext.Output.TokensRecord);
        }
        writer.Flush();
        return 0;
    }

    private static int[][] Pairs(IReadOnlyList<TextSpan> spans)
    {
        var pairs = new int[spans.Count][];
        for (int i = 0; i < pairs.Length; i++)
        {
            pairs[i] = [spans[i].Start, spans[i].End];
        }
        return pairs;
    }
}
