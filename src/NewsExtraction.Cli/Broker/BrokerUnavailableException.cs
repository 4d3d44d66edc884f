namespace NewsExtraction.Cli.Broker;

/// <summary>The broker could not be reached in the attempts allowed: the command ends with exit code 1.</summary>
internal sealed class BrokerUnavailableException(string message) : Exception(message);
