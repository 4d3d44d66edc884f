using RabbitMQ.Client;

namespace NewsExtraction.Cli.Broker;

/// <summary>
/// Where the broker is: an <c>amqp://USER:PASS@HOST:PORT/VHOST</c> address, from <c>--broker</c> or the
/// <c>NEWSX_BROKER</c> environment variable (which keeps the password out of the process list).
/// </summary>
internal sealed class BrokerAddress
{
    /// <summary>The environment variable read when <c>--broker</c> is not given.</summary>
    public const string EnvironmentVariable = "NEWSX_BROKER";

    /// <summary>RabbitMQ's defaults: the guest account, which the broker accepts on loopback only.</summary>
    public const string Default = "amqp://guest:guest@localhost:5672/";

    private readonly Uri _uri;

    private BrokerAddress(Uri uri, string redacted)
    {
        _uri = uri;
        Redacted = redacted;
    }

    /// <summary>The address with its password replaced by <c>***</c>: the only form that is ever logged.</summary>
    public string Redacted { get; }

    /// <summary>Parses <paramref name="value"/> (or the environment variable, or the default); throws <see cref="FormatException"/> with a message that never contains the password.</summary>
    public static BrokerAddress Parse(string? value)
    {
        value ??= Environment.GetEnvironmentVariable(EnvironmentVariable) ?? Default;
        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || (uri.Scheme != "amqp" && uri.Scheme != "amqps") || uri.Host.Length == 0)
        {
            throw new FormatException($"--broker must be amqp://USER:PASS@HOST:PORT/VHOST, not '{RedactText(value)}'");
        }
        string userInfo = uri.UserInfo;
        int colon = userInfo.IndexOf(':');
        string shown = colon < 0 ? userInfo : userInfo[..colon] + ":***";
        string redacted = $"{uri.Scheme}://{(shown.Length > 0 ? shown + "@" : "")}{uri.Host}:{(uri.IsDefaultPort ? (uri.Scheme == "amqps" ? 5671 : 5672) : uri.Port)}{uri.AbsolutePath}";
        return new BrokerAddress(uri, redacted);
    }

    /// <summary>A connection factory for this address. Recovery is the caller's: it reconnects with backoff and logs.</summary>
    public ConnectionFactory CreateFactory(string clientName, ushort dispatchConcurrency = 1) => new()
    {
        Uri = _uri,
        ClientProvidedName = clientName,
        AutomaticRecoveryEnabled = false,
        TopologyRecoveryEnabled = false,
        ConsumerDispatchConcurrency = dispatchConcurrency,
        RequestedHeartbeat = TimeSpan.FromSeconds(15),
    };

    public override string ToString() => Redacted;

    // An unparsable value may still hold a password: cut everything between "//" and "@".
    private static string RedactText(string value)
    {
        int at = value.LastIndexOf('@');
        int scheme = value.IndexOf("//", StringComparison.Ordinal);
        return at > scheme && scheme >= 0 ? value[..(scheme + 2)] + "***" + value[at..] : value;
    }
}
