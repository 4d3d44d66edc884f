using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsExtraction.Cli.Input;
using NewsExtraction.Cli.Output;
using NewsExtraction.Pipeline;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli.Commands;

/// <summary>
/// <c>newsx extract</c>: one JSON line per document in the output schema, in input order. Documents are
/// streamed through <c>--workers</c> threads, a bounded number at a time; a summary goes to standard error.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>Exit code of a run stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    internal const int InterruptedExitCode = 130;

    public static Command Create()
    {
        Argument<string[]> inputs = CommonOptions.Inputs();
        Option<string> lang = CommonOptions.Lang();
        Option<FileInfo?> output = CommonOptions.Output();
        Option<int> workers = new("--workers", "-j")
        {
            Description = "Documents extracted at once, one thread each. Default: the number of cores.",
            DefaultValueFactory = _ => BatchOptions.Default.Workers,
        };
        Option<int> maxChars = new("--max-chars")
        {
            Description = "Longer documents get an error line instead of a result.",
            DefaultValueFactory = _ => BatchOptions.Default.MaxChars,
        };
        Option<string[]> models = new("--model")
        {
            Description = "LANG=PATH: tag that language's entities with this model file (from newsx train) instead of the embedded one; repeatable (--model fr=PATH --model en=PATH).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("extract", "Extract people, countries, organisations, places, quantities and quotes.") { inputs, lang, output, workers, maxChars, models };
        command.SetAction(parse =>
        {
            // The first Ctrl+C stops cleanly: the lines already extracted are written, then the summary.
            using var interrupt = new CtrlC();
            return Run(parse.GetValue(inputs), parse.GetValue(lang), parse.GetValue(output), Console.OpenStandardInput(),
                parse.GetValue(workers), parse.GetValue(maxChars), Console.Error, progress: !Console.IsErrorRedirected, interrupt.Token,
                parse.GetValue(models));
        });
        return command;
    }

    /// <summary>Runs the command; <paramref name="report"/> receives the summary (and the progress display when <paramref name="progress"/> is set).</summary>
    internal static int Run(
        string[]? inputs,
        string? lang,
        FileInfo? output,
        Stream standardInput,
        int? workers = null,
        int? maxChars = null,
        TextWriter? report = null,
        bool progress = false,
        CancellationToken cancellationToken = default,
        string[]? models = null)
    {
        string[] paths = CommonOptions.ResolveInputs(inputs);
        Language? language = CommonOptions.ParseLanguage(lang);
        var batch = new BatchOptions
        {
            Workers = AtLeastOne(workers ?? BatchOptions.Default.Workers, "--workers"),
            MaxChars = AtLeastOne(maxChars ?? BatchOptions.Default.MaxChars, "--max-chars"),
        };
        var extractor = new NewsExtractor(new ExtractionOptions { EntityModels = EntityModelOption.Parse(models) });
        var counters = new BatchCounters();
        report ??= TextWriter.Null;

        IAsyncEnumerable<PendingDocument> documents = InputReader.ReadPending(paths, standardInput).ToAsyncEnumerable();
        IAsyncEnumerable<OutputLine> lines = OrderedParallel.MapAsync(
            documents, document => Process(extractor, document, language, batch.MaxChars), batch.Workers, batch.Window, cancellationToken);
        bool interrupted = false;
        var stopwatch = Stopwatch.StartNew();
        using (var writer = new JsonLinesWriter(new BufferedStream(CommonOptions.OpenOutput(output), 1 << 16)))
        using (progress ? new ProgressDisplay(report, counters, InputReader.TotalBytes(paths)) : null)
        {
            try
            {
                WriteAllAsync(lines, writer, counters).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                interrupted = true;
            }
        }
        report.WriteLine(counters.Summary(stopwatch.Elapsed, batch.Workers) + (interrupted ? " (interrupted)" : ""));
        return interrupted ? InterruptedExitCode : 0;
    }

    private static int AtLeastOne(int value, string option) =>
        value >= 1 ? value : throw new UsageException($"{option} must be at least 1, not {value}");

    private static async Task WriteAllAsync(IAsyncEnumerable<OutputLine> lines, JsonLinesWriter writer, BatchCounters counters)
    {
        await foreach (OutputLine line in lines.ConfigureAwait(false))
        {
            writer.WriteLine(line.Json);
            counters.Add(line.TextBytes, line.Failed);
        }
    }

    /// <summary>Runs on a worker: parsing, extraction and serialization all scale with the workers; the reader only splits lines, the writer only copies bytes.</summary>
    private static OutputLine Process(NewsExtractor extractor, PendingDocument pending, Language? language, int maxChars)
    {
        InputDocument input = pending.Load();
        return input.Error is not null ? OutputLine.Failure(input.Id, input.Error, textBytes: 0) : Extract(extractor, input, language, maxChars);
    }

    /// <summary>The output line of a document read without error: its result, or an error line when extraction refuses it. Shared with <c>newsx worker</c>.</summary>
    internal static OutputLine Extract(NewsExtractor extractor, InputDocument input, Language? language, int maxChars)
    {
        NewsDocumentResult outcome = extractor.TryExtract(new NewsDocument(input.Id, input.Text!, input.Language ?? language), maxChars);
        long textBytes = Encoding.UTF8.GetByteCount(input.Text!);
        if (!outcome.Succeeded)
        {
            return OutputLine.Failure(input.Id, outcome.Error, textBytes);
        }
        ExtractionResult result = outcome.Result;
        var record = new DocumentRecord(input.Id, result.Language.ToCode(), result.Entities, result.Quotes);
        return new OutputLine(JsonSerializer.SerializeToUtf8Bytes(record, NewsJsonContext.Output.DocumentRecord), textBytes, Failed: false);
    }

    /// <summary>One serialized output line, with what the summary counts.</summary>
    internal readonly record struct OutputLine(byte[] Json, long TextBytes, bool Failed)
    {
        public static OutputLine Failure(string id, string error, long textBytes) =>
            new(JsonSerializer.SerializeToUtf8Bytes(new ErrorRecord(id, error), NewsJsonContext.Output.ErrorRecord), textBytes, Failed: true);
    }
}
