namespace NewsExtraction.Cli.Commands;

/// <summary>Arguments that cannot be used: the run stops with exit code 2 and this one-line message.</summary>
internal sealed class UsageException(string message) : Exception(message);
