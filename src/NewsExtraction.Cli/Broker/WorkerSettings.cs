namespace NewsExtraction.Cli.Broker;

/// <summary>What <c>newsx worker</c> was asked to do, validated before anything connects.</summary>
/// <param name="Address">The broker.</param>
/// <param name="Input">The queue of records.</param>
/// <param name="Output">The queue of results.</param>
/// <param name="Prefetch">Unacknowledged records held at once: bounds the worker's memory.</param>
/// <param name="Workers">Records extracted at once.</param>
/// <param name="Language">The records' language when they name none; null to identify it.</param>
/// <param name="MaxChars">Longer records get an error result.</param>
internal sealed record WorkerSettings(BrokerAddress Address, string Input, string Output, ushort Prefetch, int Workers, Language? Language, int MaxChars);
