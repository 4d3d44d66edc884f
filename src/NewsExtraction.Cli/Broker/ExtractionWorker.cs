using NewsExtraction.Cli.Commands;
using NewsExtraction.Cli.Input;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace NewsExtraction.Cli.Broker;

/// <summary>
/// <c>newsx worker</c>: takes records from the input queue, extracts them, publishes each result to the output
/// queue and acknowledges the record only once the broker has confirmed the result (at least once: a worker that
/// dies at any point leaves its unacknowledged records to be delivered again). A message that is not a record is
/// rejected to the input's dead-letter queue. A lost connection is reopened with backoff.
/// </summary>
internal sealed class ExtractionWorker(WorkerSettings settings, TextWriter log)
{
    private const string ClientName = "newsx worker";
    private static readonly TimeSpan DrainPoll = TimeSpan.FromMilliseconds(20);

    private readonly NewsExtractor _extractor = new();
    private int _inFlight;
    private long _processed;
    private long _rejected;
    private volatile bool _stopping;

    /// <summary>Consumes until <paramref name="stop"/> is cancelled, then finishes, publishes and acknowledges the records in hand and returns 0.</summary>
    public async Task<int> RunAsync(CancellationToken stop)
    {
        while (true)
        {
            IConnection connection;
            try
            {
                connection = await BrokerConnection.ConnectAsync(settings.Address, ClientName, log, attempts: null, stop, (ushort)settings.Workers).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return Stopped();
            }
            await using (connection.ConfigureAwait(false))
            {
                var lost = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
                connection.ConnectionShutdownAsync += (_, e) =>
                {
                    lost.TrySetResult(e.ReplyText);
                    return Task.CompletedTask;
                };
                (IChannel Channel, string Tag)? consumer = await StartConsumingAsync(connection, stop).ConfigureAwait(false);
                if (consumer is not { } started)
                {
                    if (stop.IsCancellationRequested)
                    {
                        return Stopped();
                    }
                    continue;
                }
                log.WriteLine($"{ClientName}: consuming {settings.Input} into {settings.Output} at {settings.Address} (prefetch {settings.Prefetch}, {Plural(settings.Workers, "worker")})");
                var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                using (stop.Register(() => stopped.TrySetResult()))
                {
                    if (await Task.WhenAny(lost.Task, stopped.Task).ConfigureAwait(false) == stopped.Task)
                    {
                        await DrainAsync(started.Channel, started.Tag, connection).ConfigureAwait(false);
                        return Stopped();
                    }
                }
                log.WriteLine($"{ClientName}: connection to {settings.Address} lost ({lost.Task.Result}); reconnecting");
            }
        }
    }

    private async Task<(IChannel, string)?> StartConsumingAsync(IConnection connection, CancellationToken stop)
    {
        try
        {
            IChannel channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, consumerDispatchConcurrency: (ushort)settings.Workers),
                stop).ConfigureAwait(false);
            await BrokerQueues.DeclareInputAsync(channel, settings.Input, stop).ConfigureAwait(false);
            await BrokerQueues.DeclareOutputAsync(channel, settings.Output, stop).ConfigureAwait(false);
            await channel.BasicQosAsync(0, settings.Prefetch, global: false, stop).ConfigureAwait(false);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) => HandleAsync(channel, delivery);
            string tag = await channel.BasicConsumeAsync(settings.Input, autoAck: false, consumer, stop).ConfigureAwait(false);
            return (channel, tag);
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 406)
        {
            // PRECONDITION_FAILED: the queue exists with other arguments; retrying cannot help.
            throw new UsageException($"queue {settings.Input} or {settings.Output} exists with other settings: {ex.ShutdownReason.ReplyText}");
        }
        catch (Exception ex) when (IsConnectionFailure(ex) || (ex is OperationCanceledException && stop.IsCancellationRequested))
        {
            if (!stop.IsCancellationRequested)
            {
                log.WriteLine($"{ClientName}: could not start consuming ({BrokerConnection.Reason(ex)}); reconnecting");
            }
            return null;
        }
    }

    private async Task HandleAsync(IChannel channel, BasicDeliverEventArgs delivery)
    {
        if (_stopping)
        {
            // Delivered after the stop: back to the queue untouched, for another worker.
            await TryAsync(() => channel.BasicRejectAsync(delivery.DeliveryTag, requeue: true).AsTask()).ConfigureAwait(false);
            return;
        }
        Interlocked.Increment(ref _inFlight);
        string id = delivery.BasicProperties.MessageId is { Length: > 0 } messageId ? messageId : $"{settings.Input}:{delivery.DeliveryTag}";
        try
        {
            InputDocument document = InputReader.ParseRecord(delivery.Body.Span, id, where: $"message {id}");
            if (document.Error is not null)
            {
                log.WriteLine($"{ClientName}: message {id} is not a record ({document.Error}); rejected to {BrokerQueues.DeadLetter(settings.Input)}");
                await channel.BasicRejectAsync(delivery.DeliveryTag, requeue: false).ConfigureAwait(false);
                Interlocked.Increment(ref _rejected);
                return;
            }
            byte[] result = ExtractCommand.Extract(_extractor, document, settings.Language, settings.MaxChars);
            var properties = new BasicProperties
            {
                Persistent = true,
                MessageId = document.Id,
                CorrelationId = document.Id,
                ContentType = "application/json",
            };
            // With confirmation tracking the publish returns once the broker has the result (or throws).
            await channel.BasicPublishAsync("", settings.Output, mandatory: true, properties, result).ConfigureAwait(false);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
            Interlocked.Increment(ref _processed);
        }
        catch (PublishException ex)
        {
            log.WriteLine($"{ClientName}: the broker did not take the result of {id} ({(ex.IsReturn ? "returned: no queue " + settings.Output : "not confirmed")}); the record goes back to the queue");
            await TryAsync(() => channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true).AsTask()).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            log.WriteLine($"{ClientName}: connection lost while handling {id} ({BrokerConnection.Reason(ex)}); it will be delivered again");
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task DrainAsync(IChannel channel, string tag, IConnection connection)
    {
        _stopping = true;
        log.WriteLine($"{ClientName}: stopping: finishing {Plural(Volatile.Read(ref _inFlight), "record")} in hand");
        await TryAsync(() => channel.BasicCancelAsync(tag)).ConfigureAwait(false);
        while (Volatile.Read(ref _inFlight) > 0)
        {
            await Task.Delay(DrainPoll).ConfigureAwait(false);
        }
        await TryAsync(() => channel.CloseAsync()).ConfigureAwait(false);
        await TryAsync(() => connection.CloseAsync()).ConfigureAwait(false);
    }

    private int Stopped()
    {
        log.WriteLine($"{ClientName}: stopped after {Plural(Interlocked.Read(ref _processed), "result")} published, {Plural(Interlocked.Read(ref _rejected), "message")} dead-lettered");
        return 0;
    }

    private static bool IsConnectionFailure(Exception ex) =>
        ex is AlreadyClosedException or OperationInterruptedException or BrokerUnreachableException or IOException or ObjectDisposedException;

    /// <summary>Runs a broker call whose failure only means the connection is gone: the broker then redelivers on its own.</summary>
    private static async Task TryAsync(Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
        }
    }

    private static string Plural(long count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
