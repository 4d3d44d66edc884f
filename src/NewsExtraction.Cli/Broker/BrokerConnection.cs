using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using NewsExtraction.Cli.Commands;

namespace NewsExtraction.Cli.Broker;

/// <summary>Opens connections to the broker, retrying with exponential backoff while it cannot be reached.</summary>
internal static class BrokerConnection
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Connects to <paramref name="address"/>. While the broker is unreachable the attempt is logged and repeated
    /// after 1, 2, 4 … 30 s, for ever when <paramref name="attempts"/> is null (a worker waits for its broker),
    /// else that many times. Refused credentials are not retried: they are a usage error.
    /// </summary>
    public static async Task<IConnection> ConnectAsync(
        BrokerAddress address, string clientName, TextWriter log, int? attempts, CancellationToken cancellationToken, ushort dispatchConcurrency = 1)
    {
        ConnectionFactory factory = address.CreateFactory(clientName, dispatchConcurrency);
        TimeSpan delay = FirstDelay;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (BrokerUnreachableException ex) when (ex.InnerException is AuthenticationFailureException)
            {
                throw new UsageException($"the broker at {address} refused the credentials");
            }
            catch (Exception ex) when (ex is BrokerUnreachableException or IOException or OperationInterruptedException or ConnectFailureException
                                       && !cancellationToken.IsCancellationRequested)
            {
                if (attempts is int limit && attempt >= limit)
                {
                    throw new BrokerUnavailableException($"cannot reach the broker at {address}: {Reason(ex)}");
                }
                log.WriteLine($"{clientName}: cannot reach the broker at {address} ({Reason(ex)}); retrying in {delay.TotalSeconds:0} s");
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = delay * 2 > MaxDelay ? MaxDelay : delay * 2;
            }
        }
    }

    /// <summary>The innermost message: the outer ones only say that no endpoint was reachable.</summary>
    public static string Reason(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }
        return ex.Message;
    }
}
