using System.Diagnostics;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace NewsExtraction.Tests.Cli.Broker;

/// <summary>The broker named by <c>NEWSX_TEST_BROKER</c>, queues of one test's own, and <c>newsx</c> processes against them.</summary>
internal sealed class BrokerHarness : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly List<Process> _processes = [];
    private readonly string _prefix = $"newsx-test-{Guid.NewGuid():N}";

    public static string Url => Environment.GetEnvironmentVariable(BrokerFactAttribute.Variable)!;

    public string Input => _prefix + ".in";

    public string Output => _prefix + ".out";

    public string DeadLetter => Input + ".dead";

    /// <summary>Starts <c>newsx worker</c> on this test's queues; its standard error is kept in <see cref="WorkerProcess.Log"/>.</summary>
    public WorkerProcess StartWorker(params string[] extra)
    {
        WorkerProcess worker = WorkerProcess.Start(["worker", "--broker", Url, "--input", Input, "--output", Output, .. extra]);
        _processes.Add(worker.Process);
        return worker;
    }

    /// <summary>Publishes the whole feed, then starts a worker on that backlog and waits for its first results: a run in full flight.</summary>
    public async Task<WorkerProcess> StartOnBacklogAsync(TemporaryFeed feed, int firstResults, params string[] workerArgs)
    {
        Assert.Equal(0, Publish(feed.Path).ExitCode);
        WorkerProcess worker = StartWorker(workerArgs);
        await WaitUntilAsync(async () => await MessageCountAsync(Output) >= firstResults, "the first results");
        return worker;
    }

    public Newsx.Run Publish(string feed) => Newsx.Invoke(null, "publish", feed, "--broker", Url, "--queue", Input);

    public Newsx.Run Collect(int expect, string output) =>
        Newsx.Invoke(null, "collect", "--broker", Url, "--queue", Output, "--expect", expect.ToString(), "--idle-timeout", "60", "-o", output);

    /// <summary>The ids of the JSON lines of <paramref name="path"/>, in file order.</summary>
    public static string[] Ids(string path) =>
        [.. File.ReadLines(path).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!)];

    public async Task<uint> MessageCountAsync(string queue)
    {
        await using IConnection connection = await Factory().CreateConnectionAsync();
        await using IChannel channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return 0; // not declared yet by the commands
        }
    }

    /// <summary>Publishes one raw message to the input queue, as a producer other than <c>newsx publish</c> would.</summary>
    public async Task PublishRawAsync(string body)
    {
        await using IConnection connection = await Factory().CreateConnectionAsync();
        await using IChannel channel = await connection.CreateChannelAsync();
        await channel.BasicPublishAsync("", Input, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing the test after a while.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"waited {Patience.TotalSeconds} s for {what}");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Restarts the broker started by tests/rabbitmq/rabbitmq.sh (connections drop; durable queues and persistent messages stay).</summary>
    public static void RestartBroker()
    {
        // Output not redirected: the restarted node outlives the script and would hold a pipe open.
        var start = new ProcessStartInfo("bash");
        start.ArgumentList.Add(Path.Combine(TestPaths.Repository, "tests", "rabbitmq", "rabbitmq.sh"));
        start.ArgumentList.Add("restart");
        using Process process = Process.Start(start)!;
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the broker restart took over 120 s");
        }
        Assert.True(process.ExitCode == 0, $"the broker restart failed with exit code {process.ExitCode}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (Process process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            process.Dispose();
        }
        try
        {
            await using IConnection connection = await Factory().CreateConnectionAsync();
            await using IChannel channel = await connection.CreateChannelAsync();
            foreach (string queue in new[] { Input, Output, DeadLetter })
            {
                await channel.QueueDeleteAsync(queue);
            }
        }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException)
        {
            // The broker is gone; its queues with it.
        }
    }

    private static ConnectionFactory Factory() => new() { Uri = new Uri(Url) };
}
