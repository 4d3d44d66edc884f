namespace NewsExtraction.Tests.Cli.Broker;

/// <summary>Unusable arguments of the broker commands exit 2 with one line, before any connection is tried (no broker needed).</summary>
public sealed class BrokerCommandArgumentTests
{
    // Nothing listens on port 1: were a command to connect, it would fail differently (and slowly).
    private const string Nowhere = "amqp://guest:guest@127.0.0.1:1/";

    [Theory]
    [InlineData("worker", "--broker", Nowhere, "--input", "feed", "--output", "feed")]
    [InlineData("worker", "--broker", Nowhere, "--input", "feed", "--output", "feed.dead")]
    [InlineData("worker", "--broker", Nowhere, "--input", "feed", "--output", "results", "--prefetch", "0")]
    [InlineData("worker", "--broker", Nowhere, "--input", "feed", "--output", "results", "--workers", "0")]
    [InlineData("worker", "--broker", Nowhere, "--input", "amq.feed", "--output", "results")]
    [InlineData("worker", "--broker", "http://guest:guest@127.0.0.1/", "--input", "feed", "--output", "results")]
    [InlineData("worker", "--broker", Nowhere, "--input", "feed", "--output", "results", "--lang", "de")]
    [InlineData("publish", "no-such-feed.jsonl", "--broker", Nowhere, "--queue", "feed")]
    [InlineData("collect", "--broker", Nowhere, "--queue", "results", "--expect", "0")]
    [InlineData("collect", "--broker", Nowhere, "--queue", "results", "--idle-timeout", "0")]
    public void An_unusable_argument_exits_2_with_one_line_before_connecting(params string[] args)
    {
        Newsx.Run run = Newsx.Invoke(null, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("newsx: ", run.StandardError);
        Assert.DoesNotContain("guest:guest", run.StandardError);
        Assert.Empty(run.StandardOutput);
    }

    [Fact]
    public void Publish_gives_up_on_an_unreachable_broker_with_exit_code_1()
    {
        using var feed = new TemporaryFeed(1);

        Newsx.Run run = Newsx.Invoke(null, "publish", feed.Path, "--broker", Nowhere, "--queue", "feed");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot reach the broker at amqp://guest:***@127.0.0.1:1/", run.StandardError);
        Assert.DoesNotContain("guest:guest", run.StandardError);
    }
}
