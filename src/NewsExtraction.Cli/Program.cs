using System.CommandLine;
using NewsExtraction.Cli.Commands;
using NewsExtraction.Cli.Output;

namespace NewsExtraction.Cli;

/// <summary>The <c>newsx</c> command-line tool.</summary>
internal static class Program
{
    /// <summary>Unusable arguments or output target: nothing was read or written.</summary>
    internal const int UsageExitCode = 2;

    /// <summary>The run started but could not finish (its output could not be written).</summary>
    internal const int FailureExitCode = 1;

    /// <summary>The reader of the output pipe has gone (128 + SIGPIPE, as a shell reports a process that pipe killed).</summary>
    internal const int ClosedPipeExitCode = 141;

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
            RenderCommand.Create(),
            ServeCommand.Create(),
        };
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            Console.Error.WriteLine($"newsx: {UsageError(root, parse)} (see newsx --help)");
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
        catch (OutputFailedException ex) when (ex.IsClosedPipe)
        {
            return ClosedPipeExitCode;
        }
        catch (OutputFailedException ex)
        {
            Console.Error.WriteLine($"newsx: {ex.Message}; the run stopped");
            return FailureExitCode;
        }
    }

    /// <summary>The parser's first error, or, when no command was recognised, which commands there are.</summary>
    private static string UsageError(RootCommand root, ParseResult parse)
    {
        if (parse.CommandResult.Command != root)
        {
            return parse.Errors[0].Message;
        }
        string commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
        string? first = parse.Tokens.Count > 0 ? parse.Tokens[0].Value : null;
        return first is null || first.StartsWith('-')
            ? $"name a command: {commands}"
            : $"unknown command '{first}'; the commands are {commands}";
    }
}
