namespace NewsExtraction.Cli.Output;

/// <summary>
/// A status line on a terminal, redrawn in place twice a second: documents done, rate, and the time left
/// when the size of the input is known. Only for terminals: piped output stays clean.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly TextWriter _terminal;
    private readonly BatchCounters _counters;
    private readonly long? _totalBytes;
    private readonly DateTime _started = DateTime.UtcNow;
    private readonly Timer _timer;
    private readonly Lock _drawing = new();
    private bool _disposed;

    /// <param name="terminal">Standard error, when it is a terminal.</param>
    /// <param name="counters">The run's counters.</param>
    /// <param name="totalBytes">The size of the input files, or <see langword="null"/> when unknown (standard input); gives the time left.</param>
    public ProgressDisplay(TextWriter terminal, BatchCounters counters, long? totalBytes)
    {
        _terminal = terminal;
        _counters = counters;
        _totalBytes = totalBytes;
        _timer = new Timer(_ => Draw(), null, Interval, Interval);
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_drawing)
        {
            _disposed = true;
            _terminal.Write("\r\e[K");
            _terminal.Flush();
        }
    }

    private void Draw()
    {
        double seconds = (DateTime.UtcNow - _started).TotalSeconds;
        long documents = _counters.Documents;
        long bytes = _counters.TextBytes;
        string line = $"{BatchCounters.Count(documents, "document")}, {BatchCounters.Count(_counters.Errors, "error")}, {documents / seconds:N0} docs/s, {bytes / 1e6 / seconds:N1} MB/s";
        // Text bytes done against input file bytes: JSON syntax makes files a little larger, so the estimate errs long.
        if (_totalBytes is > 0 and long total && bytes > 0)
        {
            double remaining = Math.Max(0, (total - bytes) * seconds / bytes);
            line += $", {Math.Min(100, 100.0 * bytes / total):N0} %, about {TimeSpan.FromSeconds(Math.Round(remaining)):g} left";
        }
        lock (_drawing)
        {
            if (!_disposed)
            {
                _terminal.Write($"\r{line}\e[K");
                _terminal.Flush();
            }
        }
    }
}
