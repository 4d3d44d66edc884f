namespace NewsExtraction.Tests.Cli.Broker;

/// <summary>The worker's behaviour without a broker: it waits for one, logging its retries, and still stops on SIGTERM.</summary>
public sealed class ExtractionWorkerTests
{
    [Fact]
    public async Task A_worker_retries_an_unreachable_broker_with_backoff_and_stops_cleanly_on_sigterm()
    {
        WorkerProcess worker = WorkerProcess.Start(["worker", "--broker", "amqp://feeds:s3cret@127.0.0.1:1/", "--input", "feed", "--output", "results"]);
        try
        {
            await BrokerHarness.WaitUntilAsync(() => Task.FromResult(worker.Log.Contains("retrying in 2 s")), "a second retry");

            Assert.Equal(0, worker.Terminate());
            Assert.Contains("cannot reach the broker at amqp://feeds:***@127.0.0.1:1/", worker.Log);
            Assert.Contains("retrying in 1 s", worker.Log);
            Assert.DoesNotContain("s3cret", worker.Log);
        }
        finally
        {
            if (!worker.Process.HasExited)
            {
                worker.Process.Kill();
            }
        }
    }
}
