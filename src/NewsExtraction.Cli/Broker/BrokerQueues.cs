using RabbitMQ.Client;

namespace NewsExtraction.Cli.Broker;

/// <summary>
/// The queues of a feed, declared the same way by every command so that declaring is idempotent: the input
/// queue is durable and dead-letters rejected (poison) messages to <c>INPUT.dead</c>; the output queue is durable.
/// </summary>
internal static class BrokerQueues
{
    /// <summary>The dead-letter queue of <paramref name="input"/>.</summary>
    public static string DeadLetter(string input) => input + ".dead";

    /// <summary>Declares <paramref name="input"/> and its dead-letter queue.</summary>
    public static async Task DeclareInputAsync(IChannel channel, string input, CancellationToken cancellationToken)
    {
        await channel.QueueDeclareAsync(DeadLetter(input), durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: cancellationToken).ConfigureAwait(false);
        var arguments = new Dictionary<string, object?>
        {
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = DeadLetter(input),
        };
        await channel.QueueDeclareAsync(input, durable: true, exclusive: false, autoDelete: false, arguments: arguments, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Declares the output (results) queue.</summary>
    public static Task DeclareOutputAsync(IChannel channel, string output, CancellationToken cancellationToken) =>
        channel.QueueDeclareAsync(output, durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: cancellationToken);

    /// <summary>A queue name the broker accepts: 1 to 255 bytes of UTF-8, not starting with <c>amq.</c> (reserved).</summary>
    public static string Validate(string? name, string option)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new Commands.UsageException($"{option} needs a queue name");
        }
        if (System.Text.Encoding.UTF8.GetByteCount(name) > 250 || name.StartsWith("amq.", StringComparison.Ordinal))
        {
            throw new Commands.UsageException($"{option} '{name}' is not a usable queue name (at most 250 bytes, not starting with 'amq.')");
        }
        return name;
    }
}
