using System.CommandLine;
using NewsExtraction.Cli.Broker;

namespace NewsExtraction.Cli.Commands;

/// <summary><c>newsx worker</c>: extraction as a RabbitMQ consumer, one of any number on any machines.</summary>
internal static class WorkerCommand
{
    /// <summary>Upper bound of <c>--prefetch</c>: the broker's own limit for a consumer is 65,535.</summary>
    private const int MaxPrefetch = ushort.MaxValue;

    public static Command Create()
    {
        Option<string?> broker = BrokerOptions.Broker();
        Option<string> input = BrokerOptions.Queue("--input", "The queue of records, one {\"id\",\"text\",\"lang\"?} JSON object per message.");
        Option<string> output = BrokerOptions.Queue("--output", "The queue the results go to, one output-schema JSON object per message.");
        Option<int?> prefetch = new("--prefetch")
        {
            Description = "Records held unacknowledged at once; bounds memory. Default: 4 per worker.",
        };
        Option<int> workers = CommonOptions.Count("--workers", "Records extracted at once, one thread each. Default: the number of cores.",
            BatchOptions.Default.Workers, CommonOptions.MaxWorkers, "-j");
        Option<string> lang = CommonOptions.Lang();
        Option<int> maxChars = CommonOptions.Count("--max-chars", "Longer records get an error result instead of a result.",
            BatchOptions.Default.MaxChars, CommonOptions.MaxMaxChars);
        var command = new Command("worker", "Extract the records of a RabbitMQ queue into another queue, until SIGTERM or Ctrl+C.")
        {
            broker, input, output, prefetch, workers, lang, maxChars,
        };
        command.SetAction(parse =>
        {
            WorkerSettings settings = Settings(
                parse.GetValue(broker), parse.GetValue(input), parse.GetValue(output), parse.GetValue(prefetch),
                parse.GetValue(workers), parse.GetValue(lang), parse.GetValue(maxChars));
            using var signals = new StopSignals();
            var worker = new ExtractionWorker(settings, TextWriter.Synchronized(Console.Error));
            return BrokerOptions.Run(() => worker.RunAsync(signals.Token));
        });
        return command;
    }

    /// <summary>Validates every argument before anything connects.</summary>
    internal static WorkerSettings Settings(string? broker, string? input, string? output, int? prefetch, int workers, string? lang, int maxChars)
    {
        BrokerAddress address = BrokerOptions.ParseAddress(broker);
        string inputQueue = BrokerQueues.Validate(input, "--input");
        string outputQueue = BrokerQueues.Validate(output, "--output");
        if (inputQueue == outputQueue || outputQueue == BrokerQueues.DeadLetter(inputQueue))
        {
            throw new UsageException($"--output must be another queue than --input and its dead-letter queue, not '{outputQueue}'");
        }
        CommonOptions.CheckCount("--workers", workers, CommonOptions.MaxWorkers);
        CommonOptions.CheckCount("--max-chars", maxChars, CommonOptions.MaxMaxChars);
        int window = CommonOptions.CheckCount("--prefetch", prefetch ?? 4 * workers, MaxPrefetch);
        return new WorkerSettings(address, inputQueue, outputQueue, (ushort)window, workers, CommonOptions.ParseLanguage(lang), maxChars);
    }
}
