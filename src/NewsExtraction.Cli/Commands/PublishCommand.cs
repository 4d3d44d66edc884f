using System.CommandLine;
using NewsExtraction.Cli.Broker;
using NewsExtraction.Cli.Input;
using RabbitMQ.Client;

namespace NewsExtraction.Cli.Commands;

/// <summary><c>newsx publish</c>: a JSONL feed into a queue, one record per message, each confirmed by the broker.</summary>
internal static class PublishCommand
{
    /// <summary>Publishes awaiting confirmation at once: enough to keep the connection busy, few enough to bound memory.</summary>
    private const int ConfirmWindow = 256;

    public static Command Create()
    {
        Argument<string[]> inputs = new("FEED")
        {
            Description = ".jsonl files of {\"id\",\"text\",\"lang\"?,\"date\"?} records, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<string?> broker = BrokerOptions.Broker();
        Option<string> queue = BrokerOptions.Queue("--queue", "The queue to publish to (the workers' --input).");
        var command = new Command("publish", "Publish the records of JSONL feeds to a RabbitMQ queue, one message each.") { inputs, broker, queue };
        command.SetAction(parse =>
        {
            string[] feeds = Feeds(parse.GetValue(inputs));
            BrokerAddress address = BrokerOptions.ParseAddress(parse.GetValue(broker));
            string name = BrokerQueues.Validate(parse.GetValue(queue), "--queue");
            return BrokerOptions.Run(() => PublishAsync(feeds, address, name, Console.OpenStandardInput(), Console.Error));
        });
        return command;
    }

    private static string[] Feeds(string[]? inputs)
    {
        foreach (string input in inputs ?? [])
        {
            if (input != "-" && !File.Exists(input))
            {
                throw new UsageException(Directory.Exists(input) ? $"{input} is a folder: name the .jsonl files to publish" : $"no such file: {input}");
            }
        }
        return inputs ?? [];
    }

    internal static async Task<int> PublishAsync(string[] feeds, BrokerAddress address, string queue, Stream standardInput, TextWriter log)
    {
        await using IConnection connection = await BrokerConnection.ConnectAsync(address, "newsx publish", log, attempts: 3, CancellationToken.None).ConfigureAwait(false);
        await using IChannel channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true)).ConfigureAwait(false);
        await BrokerQueues.DeclareInputAsync(channel, queue, CancellationToken.None).ConfigureAwait(false);
        long published = 0;
        var pending = new List<Task>(ConfirmWindow);
        foreach (string feed in feeds)
        {
            Stream stream = feed == "-" ? standardInput : File.OpenRead(feed);
            string source = feed == "-" ? "stdin" : Path.GetFileNameWithoutExtension(feed);
            using (feed == "-" ? null : stream)
            {
                int lineNumber = 0;
                foreach (Utf8Line record in Utf8Lines.Read(Utf8Input.Open(stream), InputReader.MaxLineBytes(BatchOptions.Default.MaxChars)))
                {
                    lineNumber++;
                    if (record.TooLong)
                    {
                        log.WriteLine($"newsx publish: {source} line {lineNumber}: record too long ({record.Length:N0} bytes); not published");
                        continue;
                    }
                    byte[] line = record.Bytes;
                    if (line.AsSpan().Trim(" \t\r"u8).IsEmpty)
                    {
                        continue;
                    }
                    // The record's place in its feed names it when it has no id of its own, as in `newsx extract`.
                    var properties = new BasicProperties { Persistent = true, MessageId = $"{source}:{lineNumber}", ContentType = "application/json" };
                    pending.Add(channel.BasicPublishAsync("", queue, mandatory: true, properties, line).AsTask());
                    published++;
                    if (pending.Count == ConfirmWindow)
                    {
                        await Task.WhenAll(pending).ConfigureAwait(false);
                        pending.Clear();
                    }
                }
            }
        }
        await Task.WhenAll(pending).ConfigureAwait(false);
        log.WriteLine($"newsx publish: {(published == 1 ? "1 record" : $"{published} records")} published to {queue} at {address}, all confirmed");
        return 0;
    }
}
