using System.CommandLine;
using NewsExtraction.Cli.Commands;

namespace NewsExtraction.Cli;

/// <summary>The <c>newsx</c> command-line tool.</summary>
internal static class Program
{
    internal const int UsageExitCode = 2;

    public static int Main(string[] args)
    {
        var root = new RootCommand("newsx: people, countries, organisations, quantities and quotes from French and English news.")
        {
            ExtractCommand.Create(),
            TokenizeCommand.Create(),
            TrainCommand.Create(),
            EvaluateCommand.Create(),
            LangIdTrainCommand.Create(),
            GazetteerBuildCommand.Create(),
            WorkerCommand.Create(),
            PublishCommand.Create(),
            CollectCommand.Create(),
        };
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            Console.Error.WriteLine($"newsx: {parse.Errors[0].Message} (see newsx --help)");
            return UsageExitCode;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine($"newsx: {ex.Message}");
            return UsageExitCode;
        }
    }
}
