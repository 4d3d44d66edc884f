using System.Runtime.CompilerServices;

namespace NewsExtraction.Tests;

/// <summary>
/// A fact that needs a RabbitMQ broker, named by <c>NEWSX_TEST_BROKER</c> (<c>.ci/run</c> starts one with
/// <c>tests/rabbitmq/rabbitmq.sh</c>). Without it the test is reported as skipped, not passed.
/// </summary>
public sealed class BrokerFactAttribute : FactAttribute
{
    public const string Variable = "NEWSX_TEST_BROKER";

    public BrokerFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"needs a RabbitMQ broker: tests/rabbitmq/rabbitmq.sh start, then export {Variable}=$(tests/rabbitmq/rabbitmq.sh url)";
        }
    }
}
