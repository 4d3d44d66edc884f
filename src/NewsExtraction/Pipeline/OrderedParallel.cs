using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace NewsExtraction.Pipeline;

/// <summary>
/// Maps a stream on worker threads and yields the results in input order, reading at most a bounded
/// number of items ahead of the consumer.
/// </summary>
/// <remarks>
/// Three roles: a producer reads the source in order and hands each item both to the workers and, as a
/// pending slot, to the consumer; workers (dedicated threads, since the work is CPU-bound and would
/// starve the thread pool) fill the slots; the consumer awaits the slots in order. The pending channel is
/// bounded, so the producer stops reading when the consumer falls <c>window</c> items behind.
/// When the consumer stops (cancelled, failed or done early) the map sees the stop token, so items in flight end
/// within one of its checks; the workers are awaited, the producer is not: a source that ignores the token may
/// keep it waiting, and it finishes (and releases what it shares) on its own whenever the source returns.
/// </remarks>
internal static class OrderedParallel
{
    /// <summary>Maps with a function that cannot stop inside an item: cancelling waits for the items in flight.</summary>
    public static IAsyncEnumerable<TOut> MapAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source, Func<TIn, TOut> map, int workers, int window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        return MapAsync(source, (item, _) => map(item), workers, window, cancellationToken);
    }

    /// <summary>Maps with a function given the run's stop token, which it checks to end an item early.</summary>
    public static async IAsyncEnumerable<TOut> MapAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source,
        Func<TIn, CancellationToken, TOut> map,
        int workers,
        int window,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);

        // Released by this method once the workers are done and by the producer when it ends, which may be later.
        var run = new Run<TIn, TOut>(cancellationToken);
        CancellationTokenSource stop = run.Stop;
        BlockingCollection<Slot<TIn, TOut>> work = run.Work;
        Channel<Slot<TIn, TOut>> pending = Channel.CreateBounded<Slot<TIn, TOut>>(
            new BoundedChannelOptions(window) { SingleReader = true, SingleWriter = true });

        Task producer = Task.Run(() => ProduceAsync(source, pending.Writer, run), CancellationToken.None);
        var tasks = new Task[workers];
        for (int i = 0; i < tasks.Length; i++)
        {
            tasks[i] = Task.Factory.StartNew(() => Work(work, map, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        try
        {
            await foreach (Slot<TIn, TOut> slot in pending.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                // Reading a ready item does not look at the token: check it, so cancelling stops at once.
                cancellationToken.ThrowIfCancellationRequested();
                yield return await slot.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Also reached when the consumer stops early: stop reading and working, then wait for the workers, which
            // stop inside the item they hold. The producer is awaited only if it has already stopped.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(tasks).ConfigureAwait(false);
            run.Release();
            if (producer.IsCompleted)
            {
                await producer.ConfigureAwait(false);
            }
        }
    }

    private static async Task ProduceAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source, ChannelWriter<Slot<TIn, TOut>> pending, Run<TIn, TOut> run)
    {
        CancellationToken stop = run.Stop.Token;
        BlockingCollection<Slot<TIn, TOut>> work = run.Work;
        Exception? failure = null;
        try
        {
            await foreach (TIn item in source.WithCancellation(stop).ConfigureAwait(false))
            {
                var slot = new Slot<TIn, TOut>(item);
                await pending.WriteAsync(slot, stop).ConfigureAwait(false);
                work.Add(slot, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // The source failed: the consumer gets every result before the failure, then the exception.
            failure = ex;
        }
        finally
        {
            work.CompleteAdding();
            pending.TryComplete(failure);
            run.Release();
        }
    }

    private static void Work<TIn, TOut>(BlockingCollection<Slot<TIn, TOut>> work, Func<TIn, CancellationToken, TOut> map, CancellationToken stop)
    {
        try
        {
            foreach (Slot<TIn, TOut> slot in work.GetConsumingEnumerable(stop))
            {
                try
                {
                    slot.SetResult(map(slot.Input, stop));
                }
                catch (Exception ex)
                {
                    slot.SetException(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>What the producer shares with the rest of a run, disposed by whichever of the two ends last.</summary>
    private sealed class Run<TIn, TOut>(CancellationToken cancellationToken)
    {
        private int _users = 2;

        public CancellationTokenSource Stop { get; } = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // Unbounded, but never holds more than the pending channel does.
        public BlockingCollection<Slot<TIn, TOut>> Work { get; } = [];

        public void Release()
        {
            if (Interlocked.Decrement(ref _users) == 0)
            {
                Work.Dispose();
                Stop.Dispose();
            }
        }
    }

    /// <summary>One item in flight: its input, and the result the consumer awaits.</summary>
    private sealed class Slot<TIn, TOut>(TIn input) : TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public TIn Input { get; } = input;
    }
}
