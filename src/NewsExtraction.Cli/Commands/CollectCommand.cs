using System.CommandLine;
using NewsExtraction.Cli.Broker;
using NewsExtraction.Cli.Output;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace NewsExtraction.Cli.Commands;

/// <summary>
/// <c>newsx collect</c>: the results of a queue back into JSON lines. Delivery is at least once, so a result can
/// arrive twice (a worker died after publishing, before acknowledging); the first result of each id is kept and
/// later ones are dropped. Results come in the order the workers finish them, not the feed's order.
/// </summary>
internal static class CollectCommand
{
    public static Command Create()
    {
        Option<string?> broker = BrokerOptions.Broker();
        Option<string> queue = BrokerOptions.Queue("--queue", "The queue of results (the workers' --output).");
        Option<long?> expect = new("--expect")
        {
            Description = "Stop after this many distinct results (the number of records published).",
        };
        Option<int> idle = new("--idle-timeout")
        {
            Description = "Stop when no result has come for this many seconds. Default: 30.",
            DefaultValueFactory = _ => 30,
        };
        Option<string?> output = CommonOptions.Output();
        var command = new Command("collect", "Write the results of a RabbitMQ queue as JSON lines, one per record id.") { broker, queue, expect, idle, output };
        command.SetAction(parse =>
        {
            BrokerAddress address = BrokerOptions.ParseAddress(parse.GetValue(broker));
            string name = BrokerQueues.Validate(parse.GetValue(queue), "--queue");
            long? expected = parse.GetValue(expect);
            if (expected < 1)
            {
                throw new UsageException($"--expect must be at least 1, not {expected}");
            }
            int idleSeconds = parse.GetValue(idle);
            if (idleSeconds < 1)
            {
                throw new UsageException($"--idle-timeout must be at least 1 second, not {idleSeconds}");
            }
            using var signals = new StopSignals();
            using var writer = OutputTarget.OpenWriter(parse.GetValue(output), inputs: []);
            return BrokerOptions.Run(() => CollectAsync(address, name, expected, TimeSpan.FromSeconds(idleSeconds), writer, Console.Error, signals.Token));
        });
        return command;
    }

    internal static async Task<int> CollectAsync(
        BrokerAddress address, string queue, long? expected, TimeSpan idleTimeout, JsonLinesWriter writer, TextWriter log, CancellationToken stop)
    {
        await using IConnection connection = await BrokerConnection.ConnectAsync(address, "newsx collect", log, attempts: 3, stop).ConfigureAwait(false);
        await using IChannel channel = await connection.CreateChannelAsync(cancellationToken: stop).ConfigureAwait(false);
        await BrokerQueues.DeclareOutputAsync(channel, queue, stop).ConfigureAwait(false);
        await channel.BasicQosAsync(0, 256, global: false, stop).ConfigureAwait(false);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        long duplicates = 0;
        long lastArrival = Environment.TickCount64;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        // Deliveries come one at a time (dispatch concurrency 1): the set and the writer need no lock.
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            Volatile.Write(ref lastArrival, Environment.TickCount64);
            if (done.Task.IsCompleted)
            {
                await channel.BasicRejectAsync(delivery.DeliveryTag, requeue: true).ConfigureAwait(false);
                return;
            }
            string id = delivery.BasicProperties.MessageId ?? delivery.BasicProperties.CorrelationId ?? $"{queue}:{delivery.DeliveryTag}";
            if (seen.Add(id))
            {
                writer.WriteLine(delivery.Body.Span);
                writer.Flush();
            }
            else
            {
                duplicates++;
            }
            // Acknowledged once written: a result is never both lost here and gone from the queue.
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
            if (seen.Count == expected)
            {
                done.TrySetResult();
            }
        };
        string tag = await channel.BasicConsumeAsync(queue, autoAck: false, consumer, stop).ConfigureAwait(false);
        while (!done.Task.IsCompleted && !stop.IsCancellationRequested
               && Environment.TickCount64 - Volatile.Read(ref lastArrival) < idleTimeout.TotalMilliseconds)
        {
            await Task.WhenAny(done.Task, Task.Delay(200, CancellationToken.None)).ConfigureAwait(false);
        }
        done.TrySetResult();
        await channel.BasicCancelAsync(tag).ConfigureAwait(false);
        string summary = $"newsx collect: {(seen.Count == 1 ? "1 result" : $"{seen.Count} results")} from {queue}"
            + (duplicates > 0 ? $", {duplicates} duplicate{(duplicates == 1 ? "" : "s")} dropped" : "");
        if (expected is long n && seen.Count < n)
        {
            log.WriteLine($"{summary}: {n - seen.Count} of the {n} expected missing ({(stop.IsCancellationRequested ? "interrupted" : $"none came for {idleTimeout.TotalSeconds:0} s")})");
            return 1;
        }
        log.WriteLine(summary);
        return 0;
    }
}
