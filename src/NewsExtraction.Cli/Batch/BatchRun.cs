using NewsExtraction.Cli.Input;
using NewsExtraction.Cli.Output;

namespace NewsExtraction.Cli.Batch;

/// <summary>
/// The threads of a batch run: one reads the documents (only splitting lines), <c>workers</c> threads parse,
/// extract and serialize them a batch at a time (<see cref="OrderedBatches{TIn, TOut}"/>), and the calling thread
/// writes each batch's lines in input order, in one write.
/// </summary>
internal static class BatchRun
{
    /// <summary>The most documents a worker takes at once: about 16 ms of work on a news article each.</summary>
    public const int MaxBatch = 16;

    /// <summary>Runs the batch; false when <paramref name="interrupt"/> stopped it (the lines finished by then are written).</summary>
    /// <param name="documents">The documents in order; enumerated on the reading thread.</param>
    /// <param name="createWorker">Makes the function that turns a batch into its lines, once per worker thread.</param>
    /// <param name="workers">Worker threads.</param>
    /// <param name="window">The most documents read and not yet written.</param>
    /// <param name="writer">Where the lines go.</param>
    /// <param name="counters">Counts what is written.</param>
    /// <param name="interrupt">Stops the reading; the first batch still in progress is not waited for.</param>
    /// <exception cref="Exception">What reading threw, after the lines of every document before it.</exception>
    public static bool Run(
        IEnumerable<PendingDocument> documents,
        Func<Func<List<PendingDocument>, LineBuffer>> createWorker,
        int workers,
        int window,
        JsonLinesWriter writer,
        BatchCounters counters,
        CancellationToken interrupt)
    {
        var batches = new OrderedBatches<PendingDocument, LineBuffer>(workers, window, MaxBatch);
        // Background threads: an interrupted run ends without waiting for the documents in progress.
        Start("newsx reader", () => Read(documents, batches));
        for (int i = 0; i < workers; i++)
        {
            Func<List<PendingDocument>, LineBuffer> process = createWorker();
            Start("newsx worker", () => Work(batches, process));
        }
        try
        {
            return WriteAll(batches, writer, counters, interrupt);
        }
        finally
        {
            // Also when writing failed: the reader and the workers stop at their next batch.
            batches.Stop();
        }
    }

    private static void Start(string name, Action run) => new Thread(() => run()) { IsBackground = true, Name = name }.Start();

    private static void Read(IEnumerable<PendingDocument> documents, OrderedBatches<PendingDocument, LineBuffer> batches)
    {
        try
        {
            foreach (PendingDocument document in documents)
            {
                if (!batches.Add(document))
                {
                    break;
                }
            }
            batches.Complete();
        }
        catch (Exception ex)
        {
            // The writer gets every line before the failure, then the exception.
            batches.Complete(ex);
        }
    }

    private static void Work(OrderedBatches<PendingDocument, LineBuffer> batches, Func<List<PendingDocument>, LineBuffer> process)
    {
        var batch = new List<PendingDocument>(MaxBatch);
        while (batches.TryTake(batch, out long number))
        {
            try
            {
                batches.Put(number, batch.Count, process(batch));
            }
            catch (Exception ex)
            {
                batches.Put(number, batch.Count, null, ex);
            }
        }
    }

    /// <summary>Writes the batches in order; false when <paramref name="interrupt"/> came first.</summary>
    private static bool WriteAll(OrderedBatches<PendingDocument, LineBuffer> batches, JsonLinesWriter writer, BatchCounters counters, CancellationToken interrupt)
    {
        while (true)
        {
            if (!batches.TryTakeReady(out LineBuffer? lines, out bool end))
            {
                // The next batch is not done: hand over the lines written so far while waiting, so that a slow
                // feed's results come out as they are done, not 64 KiB at a time.
                writer.Flush();
                if (!batches.TakeNext(interrupt, out lines, out end))
                {
                    return false;
                }
            }
            if (end)
            {
                return !interrupt.IsCancellationRequested;
            }
            using (lines)
            {
                writer.Write(lines!.Written);
                counters.Add(lines.Documents, lines.Errors, lines.TextBytes);
            }
        }
    }
}
