using System.CommandLine;
using NewsExtraction.Cli.Broker;
using RabbitMQ.Client.Exceptions;

namespace NewsExtraction.Cli.Commands;

/// <summary>Options shared by the commands that talk to a RabbitMQ broker (<c>worker</c>, <c>publish</c>, <c>collect</c>).</summary>
internal static class BrokerOptions
{
    public static Option<string?> Broker() => new("--broker")
    {
        Description = $"The broker, amqp://USER:PASS@HOST:PORT/VHOST. Default: ${BrokerAddress.EnvironmentVariable}, else {BrokerAddress.Default} (prefer the variable: arguments show in the process list).",
    };

    public static Option<string> Queue(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
    };

    /// <summary>Parses <c>--broker</c> as a usage error when it is not an AMQP address.</summary>
    public static BrokerAddress ParseAddress(string? value)
    {
        try
        {
            return BrokerAddress.Parse(value);
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>Runs a broker command: an unreachable broker is one line on standard error and exit code 1.</summary>
    public static int Run(Func<Task<int>> command)
    {
        try
        {
            return command().GetAwaiter().GetResult();
        }
        catch (BrokerUnavailableException ex)
        {
            Console.Error.WriteLine($"newsx: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is AlreadyClosedException or OperationInterruptedException or BrokerUnreachableException or IOException)
        {
            // Lost mid-run: what the broker confirmed (publish) or what was written (collect) stands; the rest is not done.
            Console.Error.WriteLine($"newsx: lost the broker: {BrokerConnection.Reason(ex)}");
            return 1;
        }
    }
}
