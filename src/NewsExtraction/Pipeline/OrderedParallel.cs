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
/// </remarks>
internal static class OrderedParallel
{
    public static async IAsyncEnumerable<TOut> MapAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source,
        Func<TIn, TOut> map,
        int workers,
        int window,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Channel<Slot<TIn, TOut>> pending = Channel.CreateBounded<Slot<TIn, TOut>>(
            new BoundedChannelOptions(window) { SingleReader = true, SingleWriter = true });
        // Unbounded, but never holds more than the pending channel does.
        using var work = new BlockingCollection<Slot<TIn, TOut>>();

        var tasks = new Task[workers + 1];
        tasks[0] = Task.Run(() => ProduceAsync(source, pending.Writer, work, stop.Token), CancellationToken.None);
        for (int i = 1; i < tasks.Length; i++)
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
            // Also reached when the consumer stops early: stop reading and working, then wait for every thread.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
    }

    private static async Task ProduceAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source, ChannelWriter<Slot<TIn, TOut>> pending, BlockingCollection<Slot<TIn, TOut>> work, CancellationToken stop)
    {
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
        }
    }

    private static void Work<TIn, TOut>(BlockingCollection<Slot<TIn, TOut>> work, Func<TIn, TOut> map, CancellationToken stop)
    {
        try
        {
            foreach (Slot<TIn, TOut> slot in work.GetConsumingEnumerable(stop))
            {
                try
                {
                    slot.SetResult(map(slot.Input));
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

    /// <summary>One item in flight: its input, and the result the consumer awaits.</summary>
    private sealed class Slot<TIn, TOut>(TIn input) : TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public TIn Input { get; } = input;
    }
}
