using System.Runtime.ExceptionServices;

namespace NewsExtraction.Cli.Batch;

/// <summary>
/// The ordered hand-off of a batch run: a reading thread adds items, worker threads take them a batch at a time
/// and put each batch's output back, and the writing thread takes the outputs in input order.
/// </summary>
/// <remarks>
/// Why batches: a hand-off per item (a task, a queue operation, a thread woken) cost more than reading and writing
/// together; here a worker takes every item ready, up to <c>maxBatch</c>, shared fairly between the workers, and
/// the writer is woken once per batch. A worker never waits for more input while holding items, so a slow feed
/// (standard input still open) gets each result as soon as it is done. At most <c>window</c> items are between
/// the reader and the writer, which bounds memory. One lock guards everything: each thread takes it once per
/// item read or per batch, far too rarely to convoy.
/// </remarks>
internal sealed class OrderedBatches<TIn, TOut>
    where TOut : class
{
    private readonly object _lock = new();
    private readonly Queue<TIn> _ready = new();
    private readonly Done[] _done;
    private readonly int _window;
    private readonly int _maxBatch;
    private readonly int _workers;
    private long _inFlight;
    private long _nextBatch;
    private long _nextOutput;
    private bool _completed;
    private bool _stopped;
    private Exception? _readFailure;

    /// <param name="workers">How many threads take batches.</param>
    /// <param name="window">The most items read and not yet taken by the writer.</param>
    /// <param name="maxBatch">The most items in one batch.</param>
    public OrderedBatches(int workers, int window, int maxBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _workers = workers;
        _window = window;
        _maxBatch = maxBatch;
        // Every batch holds at least one item, so no more than window batches are ever outstanding.
        _done = new Done[window];
    }

    /// <summary>Reader: adds an item, waiting while the window is full; false once the run has stopped.</summary>
    public bool Add(TIn item)
    {
        lock (_lock)
        {
            while (_inFlight >= _window && !_stopped)
            {
                Monitor.Wait(_lock);
            }
            if (_stopped)
            {
                return false;
            }
            _inFlight++;
            _ready.Enqueue(item);
            if (_ready.Count == 1)
            {
                Monitor.PulseAll(_lock);
            }
            return true;
        }
    }

    /// <summary>Reader: no more items; <paramref name="failure"/> is what stopped the reading, thrown to the writer after the items before it.</summary>
    public void Complete(Exception? failure = null)
    {
        lock (_lock)
        {
            _completed = true;
            _readFailure = failure;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>Worker: waits for items and moves a batch of them into <paramref name="batch"/>; false when there will be none.</summary>
    public bool TryTake(List<TIn> batch, out long number)
    {
        batch.Clear();
        lock (_lock)
        {
            while (_ready.Count == 0 && !_completed && !_stopped)
            {
                Monitor.Wait(_lock);
            }
            if (_ready.Count == 0 || _stopped)
            {
                number = -1;
                return false;
            }
            // A fair share of what is ready, so that one worker does not take everything while another waits.
            int count = Math.Clamp(_ready.Count / _workers, 1, _maxBatch);
            for (int i = 0; i < count; i++)
            {
                batch.Add(_ready.Dequeue());
            }
            number = _nextBatch++;
            return true;
        }
    }

    /// <summary>Worker: the output of batch <paramref name="number"/>, or the exception its processing threw.</summary>
    public void Put(long number, int items, TOut? output, Exception? failure = null)
    {
        lock (_lock)
        {
            _done[number % _done.Length] = new Done(output, failure, items);
            if (number == _nextOutput)
            {
                Monitor.PulseAll(_lock);
            }
        }
    }

    /// <summary>Writer: the next batch's output in input order if it is done; false when it is not (see <see cref="TakeNext"/>).</summary>
    public bool TryTakeReady(out TOut? output, out bool end) => Take(wait: false, CancellationToken.None, out output, out end);

    /// <summary>
    /// Writer: waits for the next batch's output in input order; false when <paramref name="interrupt"/> came first.
    /// <paramref name="end"/> is set, with no output, after the last batch.
    /// </summary>
    /// <exception cref="Exception">What the reading or the batch's processing threw, in its place in the order.</exception>
    public bool TakeNext(CancellationToken interrupt, out TOut? output, out bool end)
    {
        using CancellationTokenRegistration wake = interrupt.Register(() =>
        {
            lock (_lock)
            {
                Monitor.PulseAll(_lock);
            }
        });
        return Take(wait: true, interrupt, out output, out end);
    }

    /// <summary>Ends the run early: the reader's next <see cref="Add"/> returns false and workers take no more batches.</summary>
    public void Stop()
    {
        lock (_lock)
        {
            _stopped = true;
            Monitor.PulseAll(_lock);
        }
    }

    private bool Take(bool wait, CancellationToken interrupt, out TOut? output, out bool end)
    {
        output = null;
        end = false;
        lock (_lock)
        {
            while (true)
            {
                ref Done slot = ref _done[_nextOutput % _done.Length];
                if (slot.Items > 0)
                {
                    Done done = slot;
                    slot = default;
                    _nextOutput++;
                    _inFlight -= done.Items;
                    Monitor.PulseAll(_lock);
                    if (done.Failure is not null)
                    {
                        ExceptionDispatchInfo.Throw(done.Failure);
                    }
                    output = done.Output;
                    return true;
                }
                if (_completed && _nextOutput == _nextBatch && _ready.Count == 0)
                {
                    if (_readFailure is not null)
                    {
                        ExceptionDispatchInfo.Throw(_readFailure);
                    }
                    end = true;
                    return true;
                }
                if (!wait || interrupt.IsCancellationRequested)
                {
                    return false;
                }
                Monitor.Wait(_lock);
            }
        }
    }

    private readonly record struct Done(TOut? Output, Exception? Failure, int Items);
}
