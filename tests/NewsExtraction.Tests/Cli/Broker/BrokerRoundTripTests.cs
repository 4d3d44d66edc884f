using System.Text.Json;

namespace NewsExtraction.Tests.Cli.Broker;

/// <summary>
/// A feed through a real RabbitMQ broker and separate worker processes, with the faults a fleet meets: a worker
/// killed mid-run, a poison message, a broker restart, a SIGTERM. One class, so the tests run one at a time (the
/// restart would disturb the others). Each test uses queues of its own.
/// </summary>
public sealed class BrokerRoundTripTests
{
    [BrokerFact]
    public async Task Two_worker_processes_give_exactly_one_result_per_record()
    {
        await using var broker = new BrokerHarness();
        using var feed = new TemporaryFeed(300);
        WorkerProcess first = broker.StartWorker("--workers", "1");
        WorkerProcess second = broker.StartWorker("--workers", "1");

        Newsx.Run published = broker.Publish(feed.Path);
        Newsx.Run collected = broker.Collect(feed.Ids.Length, feed.Output("results.jsonl"));

        Assert.Equal(0, published.ExitCode);
        Assert.Equal(0, collected.ExitCode);
        string[] ids = BrokerHarness.Ids(feed.Output("results.jsonl"));
        Assert.Equal(feed.Ids.Order(), ids.Order());
        Assert.All(File.ReadLines(feed.Output("results.jsonl")), line => Assert.True(JsonDocument.Parse(line).RootElement.GetProperty("entities").GetArrayLength() > 0));
        Assert.Equal(0, first.Terminate());
        Assert.Equal(0, second.Terminate());
        Assert.Contains("amqp://guest:***@", first.Log);
        Assert.DoesNotContain("guest:guest", first.Log + second.Log + published.StandardError + collected.StandardError);
    }

    [BrokerFact]
    public async Task A_worker_killed_mid_run_loses_no_record()
    {
        await using var broker = new BrokerHarness();
        using var feed = new TemporaryFeed(1500);
        WorkerProcess doomed = await broker.StartOnBacklogAsync(feed, firstResults: 30, "--workers", "1", "--prefetch", "50");

        doomed.KillHard();
        uint waiting = await broker.MessageCountAsync(broker.Input);
        WorkerProcess survivor = broker.StartWorker("--workers", "2");
        Newsx.Run collected = broker.Collect(feed.Ids.Length, feed.Output("results.jsonl"));

        Assert.True(waiting > 0, "the worker was killed after the feed was done: nothing was in flight");
        Assert.Equal(0, collected.ExitCode);
        Assert.Equal(feed.Ids.Order(), BrokerHarness.Ids(feed.Output("results.jsonl")).Order());
        Assert.Equal(0, survivor.Terminate());
    }

    [BrokerFact]
    public async Task A_message_that_is_not_a_record_goes_to_the_dead_letter_queue_and_a_refused_record_gets_an_error_result()
    {
        await using var broker = new BrokerHarness();
        WorkerProcess worker = broker.StartWorker("--max-chars", "20");
        await BrokerHarness.WaitUntilAsync(() => Task.FromResult(worker.Log.Contains("consuming")), "the worker to start consuming");

        await broker.PublishRawAsync("not JSON at all");
        await broker.PublishRawAsync("""{"id":"no-text"}""");
        await broker.PublishRawAsync("""{"id":"too-long","text":"Emmanuel Macron a parlé longuement."}""");
        using var feed = new TemporaryFeed(0);
        Newsx.Run collected = broker.Collect(1, feed.Output("results.jsonl"));

        await BrokerHarness.WaitUntilAsync(async () => await broker.MessageCountAsync(broker.DeadLetter) == 2, "two messages in the dead-letter queue");
        Assert.Equal(0, collected.ExitCode);
        JsonElement result = JsonDocument.Parse(File.ReadAllText(feed.Output("results.jsonl"))).RootElement;
        Assert.Equal("too-long", result.GetProperty("id").GetString());
        Assert.Contains("20", result.GetProperty("error").GetString());
        Assert.Equal(0u, await broker.MessageCountAsync(broker.Input));
        Assert.Equal(0, worker.Terminate());
        Assert.Contains("is not a record", worker.Log);
    }

    [BrokerFact]
    public async Task A_worker_survives_a_broker_restart()
    {
        await using var broker = new BrokerHarness();
        using var feed = new TemporaryFeed(600);
        WorkerProcess worker = await broker.StartOnBacklogAsync(feed, firstResults: 20, "--workers", "1", "--prefetch", "20");

        BrokerHarness.RestartBroker();
        Newsx.Run collected = broker.Collect(feed.Ids.Length, feed.Output("results.jsonl"));

        Assert.Equal(0, collected.ExitCode);
        Assert.Equal(feed.Ids.Order(), BrokerHarness.Ids(feed.Output("results.jsonl")).Order());
        Assert.False(worker.Process.HasExited);
        Assert.Contains("lost", worker.Log);
        Assert.Equal(0, worker.Terminate());
    }

    [BrokerFact]
    public async Task Sigterm_finishes_the_records_in_hand_and_exits_zero_leaving_the_rest_queued()
    {
        await using var broker = new BrokerHarness();
        using var feed = new TemporaryFeed(1500);
        WorkerProcess worker = await broker.StartOnBacklogAsync(feed, firstResults: 20, "--workers", "2", "--prefetch", "40");

        int exitCode = worker.Terminate();

        Assert.Equal(0, exitCode);
        Assert.Contains("stopping", worker.Log);
        // Every record is either done (its result published, the record acknowledged) or back in the queue.
        uint done = await broker.MessageCountAsync(broker.Output);
        uint queued = await broker.MessageCountAsync(broker.Input);
        Assert.True(queued > 0, "the feed was done before the SIGTERM: nothing was in flight");
        Assert.Equal((uint)feed.Ids.Length, done + queued);
    }
}
