namespace NewsExtraction.Cli.Output;

/// <summary>What a run has done so far: written by the writing thread, read by the progress display.</summary>
internal sealed class BatchCounters
{
    private long _documents;
    private long _errors;
    private long _textBytes;

    public long Documents => Volatile.Read(ref _documents);

    public long Errors => Volatile.Read(ref _errors);

    /// <summary>UTF-8 bytes of the texts processed (MB/s are 10^6 of these per second).</summary>
    public long TextBytes => Volatile.Read(ref _textBytes);

    public void Add(int documents, int errors, long textBytes)
    {
        Volatile.Write(ref _textBytes, _textBytes + textBytes);
        Volatile.Write(ref _errors, _errors + errors);
        Volatile.Write(ref _documents, _documents + documents);
    }

    /// <summary>The one-line summary: documents, errors, time, documents per second and MB per second.</summary>
    public string Summary(TimeSpan elapsed, int workers)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        return $"newsx: {Count(Documents, "document")}, {Count(Errors, "error")}, {TextBytes / 1e6:N1} MB in {seconds:N2} s: "
            + $"{Documents / seconds:N0} docs/s, {TextBytes / 1e6 / seconds:N2} MB/s ({Count(workers, "worker")})";
    }

    /// <summary>"1 document", "2 documents", "1,000 documents".</summary>
    public static string Count(long n, string noun) => $"{n:N0} {noun}{(n == 1 ? "" : "s")}";
}
