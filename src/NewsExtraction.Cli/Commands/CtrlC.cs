namespace NewsExtraction.Cli.Commands;

/// <summary>
/// Ctrl+C for a command that stops cleanly: the first press cancels <see cref="Token"/> (the command finishes what it
/// must, e.g. writes what it has); a second one ends the process at once, should the command not be listening.
/// </summary>
internal sealed class CtrlC : IDisposable
{
    private readonly CancellationTokenSource _interrupt = new();

    public CtrlC() => Console.CancelKeyPress += OnCancel;

    public CancellationToken Token => _interrupt.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _interrupt.Dispose();
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = !_interrupt.IsCancellationRequested;
        _interrupt.Cancel();
    }
}
