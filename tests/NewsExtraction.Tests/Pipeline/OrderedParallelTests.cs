using System.Runtime.CompilerServices;
using NewsExtraction.Pipeline;

namespace NewsExtraction.Tests.Pipeline;

public sealed class OrderedParallelTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static async IAsyncEnumerable<int> Numbers(int count, Action<int>? onRead = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            onRead?.Invoke(i);
            yield return i;
            await Task.Yield();
        }
    }

    [Fact]
    public async Task Results_come_in_input_order_even_when_later_items_finish_first()
    {
        // Early items are the slowest, so a pipeline that yielded results as they finish would reorder them.
        List<int> results = await OrderedParallel.MapAsync(Numbers(40), i => { Thread.Sleep(40 - i); return i * 10; }, workers: 4, window: 8).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 40).Select(i => i * 10), results);
    }

    [Fact]
    public async Task Items_are_mapped_on_several_workers_at_once()
    {
        using var bothRunning = new Barrier(2);

        // Each item waits for another to be in flight: only two concurrent workers get past the barrier.
        List<bool> met = await OrderedParallel.MapAsync(Numbers(4), _ => bothRunning.SignalAndWait(Patience), workers: 2, window: 4).ToListAsync();

        Assert.All(met, Assert.True);
    }

    [Fact]
    public async Task The_source_is_read_at_most_a_window_ahead_of_the_consumer()
    {
        const int window = 4;
        int read = 0, consumed = 0, furthestAhead = 0;

        await foreach (int item in OrderedParallel.MapAsync(Numbers(200, _ => Interlocked.Increment(ref read)), i => i, workers: 2, window))
        {
            await Task.Delay(1);
            furthestAhead = Math.Max(furthestAhead, Volatile.Read(ref read) - consumed);
            consumed++;
        }

        // The window, the item the consumer holds, and the one the producer waits to hand over.
        Assert.Equal(200, consumed);
        Assert.InRange(furthestAhead, 1, window + 2);
    }

    [Fact]
    public async Task Cancelling_stops_the_enumeration_and_the_reading()
    {
        using var cancellation = new CancellationTokenSource();
        int read = 0, consumed = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (int item in OrderedParallel.MapAsync(Numbers(100_000, _ => Interlocked.Increment(ref read)), i => i, workers: 2, window: 8, cancellation.Token))
            {
                if (++consumed == 10)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(10, consumed);
        Assert.InRange(read, 10, 20);
    }

    [Fact]
    public async Task Stopping_early_stops_the_reading()
    {
        int read = 0;

        List<int> firstThree = await OrderedParallel.MapAsync(Numbers(100_000, _ => Interlocked.Increment(ref read)), i => i, workers: 2, window: 8).Take(3).ToListAsync();

        Assert.Equal([0, 1, 2], firstThree);
        Assert.InRange(read, 3, 13);
    }

    [Fact]
    public async Task A_failing_source_fails_the_enumeration_after_the_results_before_it()
    {
        static async IAsyncEnumerable<int> FailsAfterThree()
        {
            for (int i = 0; i < 3; i++)
            {
                await Task.Yield();
                yield return i;
            }
            throw new IOException("disk gone");
        }
        var results = new List<int>();

        IOException failure = await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (int item in OrderedParallel.MapAsync(FailsAfterThree(), i => i, workers: 2, window: 8))
            {
                results.Add(item);
            }
        });

        Assert.Equal("disk gone", failure.Message);
        Assert.Equal([0, 1, 2], results);
    }
}
