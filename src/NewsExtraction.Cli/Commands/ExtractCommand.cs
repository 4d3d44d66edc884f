using System.Buffers;
using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsExtraction.Cli.Batch;
using NewsExtraction.Cli.Input;
using NewsExtraction.Cli.Output;
using NewsExtraction.Entities;
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
        Option<string?> output = CommonOptions.Output();
        Option<int> workers = CommonOptions.Count("--workers", "Documents extracted at once, one thread each. Default: the number of cores.",
            BatchOptions.Default.Workers, CommonOptions.MaxWorkers, "-j");
        Option<int> maxChars = CommonOptions.Count("--max-chars", "Longer documents get an error line instead of a result; checked while reading.",
            BatchOptions.Default.MaxChars, CommonOptions.MaxMaxChars);
        Option<string?> date = new("--date")
        {
            Description = "The documents' date (yyyy-mm-dd), against which weekdays and days without a year resolve; a JSONL record's own \"date\" wins.",
        };
        Option<string[]> models = EntityModelOption.Create();
        var command = new Command("extract", "Extract people, countries, organisations, places, quantities, dates and quotes.") { inputs, lang, output, workers, maxChars, date, models };
        command.SetAction(parse =>
        {
            // The first Ctrl+C stops cleanly: the lines already extracted are written, then the summary.
            using var interrupt = new CtrlC();
            return Run(parse.GetValue(inputs), parse.GetValue(lang), parse.GetValue(output), Console.OpenStandardInput(),
                parse.GetValue(workers), parse.GetValue(maxChars), Console.Error, progress: !Console.IsErrorRedirected, interrupt.Token,
                parse.GetValue(date), parse.GetValue(models));
        });
        return command;
    }

    /// <summary>Runs the command; <paramref name="report"/> receives the summary (and the progress display when <paramref name="progress"/> is set).</summary>
    /// <remarks>
    /// Arguments and the output target are checked before anything is read. <paramref name="cancellationToken"/>
    /// (Ctrl+C) stops the reading; the lines already extracted are written, in order, and the run ends at the
    /// first document still in progress, without waiting for it.
    /// </remarks>
    /// <exception cref="UsageException">An argument or the output target cannot be used; nothing was read or written.</exception>
    /// <exception cref="OutputFailedException">Writing the output failed during the run.</exception>
    internal static int Run(
        string[]? inputs,
        string? lang,
        string? output,
        Stream standardInput,
        int? workers = null,
        int? maxChars = null,
        TextWriter? report = null,
        bool progress = false,
        CancellationToken cancellationToken = default,
        string? date = null,
        string[]? models = null)
    {
        var batch = new BatchOptions
        {
            Workers = CommonOptions.CheckCount("--workers", workers ?? BatchOptions.Default.Workers, CommonOptions.MaxWorkers),
            MaxChars = CommonOptions.CheckCount("--max-chars", maxChars ?? BatchOptions.Default.MaxChars, CommonOptions.MaxMaxChars),
        };
        string[] paths = CommonOptions.ResolveInputs(inputs);
        Language? language = CommonOptions.ParseLanguage(lang);
        DateOnly? documentDate = ParseDate(date);
        Dictionary<Language, NerModel>? entityModels = EntityModelOption.Parse(models);
        using var writer = OutputTarget.OpenWriter(output, paths);
        FilePath? ownOutput = OutputTarget.AsInput(output);
        var extractor = new NewsExtractor(new ExtractionOptions { EntityModels = entityModels });
        var counters = new BatchCounters();
        report ??= TextWriter.Null;

        IEnumerable<PendingDocument> documents = Until(InputReader.ReadPending(paths, standardInput, batch.MaxChars, ownOutput), cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        bool interrupted;
        using (progress ? new ProgressDisplay(report, counters, InputReader.TotalBytes(paths)) : null)
        {
            interrupted = !BatchRun.Run(documents, () => new DocumentWorker(extractor, language, documentDate, batch.MaxChars).Process,
                batch.Workers, batch.Window, writer, counters, cancellationToken);
            writer.Flush();
        }
        report.WriteLine(counters.Summary(stopwatch.Elapsed, batch.Workers) + (interrupted ? " (interrupted)" : ""));
        return interrupted ? InterruptedExitCode : 0;
    }

    private static DateOnly? ParseDate(string? value) =>
        value is null ? null
        : DocumentDates.TryParse(value, out DateOnly date) ? date
        : throw new UsageException($"--date must be a day written yyyy-mm-dd, not '{value}'");

    /// <summary>The documents until <paramref name="stop"/> is cancelled.</summary>
    private static IEnumerable<PendingDocument> Until(IEnumerable<PendingDocument> documents, CancellationToken stop)
    {
        foreach (PendingDocument document in documents)
        {
            if (stop.IsCancellationRequested)
            {
                yield break;
            }
            yield return document;
        }
    }

    /// <summary>The output line of a document read without error, as UTF-8 JSON without its newline: its result, or an error line when extraction refuses it. For <c>newsx worker</c>.</summary>
    internal static byte[] Extract(NewsExtractor extractor, InputDocument input, Language? language, int maxChars)
    {
        var line = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(line, ExtractionJson.WriterOptions))
        {
            Write(json, extractor, input, language, date: null, maxChars);
        }
        return line.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes the record of one document: its result, or an error record when it could not be read or extraction
    /// refuses it. Returns the UTF-8 bytes of its text for the summary's MB/s, or -1 for an error record.
    /// </summary>
    internal static long Write(Utf8JsonWriter json, NewsExtractor extractor, InputDocument input, Language? language, DateOnly? date, int maxChars)
    {
        if (input.Error is not null)
        {
            JsonSerializer.Serialize(json, new ErrorRecord(input.Id, input.Error), NewsJsonContext.Output.ErrorRecord);
            return -1;
        }
        NewsDocumentResult outcome = extractor.TryExtract(new NewsDocument(input.Id, input.Text!, input.Language ?? language, input.Date ?? date), maxChars);
        if (!outcome.Succeeded)
        {
            // Not processed: its bytes are not counted in the summary's MB/s.
            JsonSerializer.Serialize(json, new ErrorRecord(input.Id, outcome.Error), NewsJsonContext.Output.ErrorRecord);
            return -1;
        }
        ExtractionJson.Write(json, outcome.Result, input.Id);
        return Encoding.UTF8.GetByteCount(input.Text!);
    }
}
