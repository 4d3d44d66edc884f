using NewsExtraction.Cli.Batch;

namespace NewsExtraction.Tests.Cli.Batch;

public sealed class OrderedBatchesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Runs items through <paramref name="workers"/> threads, each batch mapped by <paramref name="map"/>; the outputs as the writer takes them.</summary>
    private static List<string> Run(int items, int workers, int window, int maxBatch, Func<List<int>, string> map)
    {
        var batches = new OrderedBatches<int, string>(workers, window, maxBatch);
        var threads = new List<Thread>
        {
            new(() =>
            {
                for (int i = 0; i < items && batches.Add(i); i++)
                {
                }
                batches.Complete();
            }),
        };
        for (int w = 0; w < workers; w++)
        {
            threads.Add(new Thread(() =>
            {
                var batch = new List<int>();
                while (batches.TryTake(batch, out long number))
                {
                    batches.Put(number, batch.Count, map(batch));
                }
            }));
        }
        threads.ForEach(t => t.Start());
        var outputs = new List<string>();
        while (batches.TakeNext(CancellationToken.None, out string? output, out bool end) && !end)
        {
            outputs.Add(output!);
        }
        threads.ForEach(t => Assert.True(t.Join(Patience)));
        return outputs;
    }

    [Fact]
    public void Batches_come_out_in_input_order_even_when_later_ones_finish_first()
    {
        // Early items are the slowest, so a hand-off that passed batches on as they finish would reorder them.
        List<string> outputs = Run(items: 40, workers: 4, window: 8, maxBatch: 3, batch =>
        {
            Thread.Sleep(40 - batch[0]);
            return string.Join(",", batch);
        });

        Assert.Equal(string.Join(",", Enumerable.Range(0, 40)), string.Join(",", outputs));
    }

    [Fact]
    public void A_worker_takes_a_fair_share_of_the_items_ready_and_never_more_than_the_batch_limit()
    {
        var batches = new OrderedBatches<int, string>(workers: 2, window: 64, maxBatch: 16);
        for (int i = 0; i < 40; i++)
        {
            batches.Add(i);
        }
        var batch = new List<int>();

        Assert.True(batches.TryTake(batch, out long first));
        Assert.Equal(16, batch.Count); // half of 40, capped at 16
        Assert.True(batches.TryTake(batch, out long second));
        Assert.Equal(12, batch.Count); // half of the 24 left
        Assert.Equal((0, 1), (first, second));
        Assert.Equal(Enumerable.Range(16, 12), batch);
    }

    [Fact]
    public void A_worker_does_not_wait_for_more_items_when_one_is_ready()
    {
        // A feed still open (standard input): its one document must be extracted now, not once a batch fills up.
        var batches = new OrderedBatches<int, string>(workers: 2, window: 64, maxBatch: 16);
        batches.Add(7);
        var batch = new List<int>();

        Assert.True(batches.TryTake(batch, out _));
        Assert.Equal([7], batch);
    }

    [Fact]
    public async Task The_reader_waits_while_a_window_of_items_is_not_yet_written()
    {
        var batches = new OrderedBatches<int, string>(workers: 1, window: 2, maxBatch: 16);
        batches.Add(0);
        batches.Add(1);
        var third = Task.Run(() => batches.Add(2));
        var batch = new List<int>();

        Assert.True(batches.TryTake(batch, out long number));
        batches.Put(number, batch.Count, "0,1");
        await Task.Delay(100);
        Assert.False(third.IsCompleted);
        Assert.True(batches.TakeNext(CancellationToken.None, out string? output, out _));
        Assert.Equal("0,1", output);
        Assert.True(await third.WaitAsync(Patience));
    }

    [Fact]
    public void A_failed_read_reaches_the_writer_after_the_batches_before_it()
    {
        var batches = new OrderedBatches<int, string>(workers: 1, window: 8, maxBatch: 16);
        batches.Add(0);
        batches.Complete(new IOException("disk gone"));
        var batch = new List<int>();
        Assert.True(batches.TryTake(batch, out long number));
        batches.Put(number, batch.Count, "0");

        Assert.True(batches.TakeNext(CancellationToken.None, out string? output, out bool end));
        Assert.Equal(("0", false), (output, end));
        IOException failure = Assert.Throws<IOException>(() => batches.TakeNext(CancellationToken.None, out _, out _));
        Assert.Equal("disk gone", failure.Message);
    }

    [Fact]
    public void An_interrupt_wakes_the_writer_waiting_for_a_batch_still_in_progress()
    {
        var batches = new OrderedBatches<int, string>(workers: 1, window: 8, maxBatch: 16);
        batches.Add(0);
        using var interrupt = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        Assert.False(batches.TakeNext(interrupt.Token, out _, out _));
    }

    [Fact]
    public void After_a_stop_the_reader_adds_nothing_and_the_workers_take_nothing()
    {
        var batches = new OrderedBatches<int, string>(workers: 1, window: 8, maxBatch: 16);
        batches.Add(0);

        batches.Stop();

        Assert.False(batches.Add(1));
        Assert.False(batches.TryTake([], out _));
    }
}
