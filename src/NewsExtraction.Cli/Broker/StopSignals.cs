using System.Runtime.InteropServices;

namespace NewsExtraction.Cli.Broker;

/// <summary>SIGTERM (what systemd, Kubernetes and <c>kill</c> send) and SIGINT (Ctrl+C) as one cancellation: stop taking work, finish what is in hand.</summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration _terminate;
    private readonly PosixSignalRegistration _interrupt;

    public StopSignals()
    {
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _stop.Token;

    private void OnSignal(PosixSignalContext context)
    {
        // The first signal stops cleanly; a second one ends the process at once (the default handling).
        context.Cancel = !_stop.IsCancellationRequested;
        _stop.Cancel();
    }

    public void Dispose()
    {
        _terminate.Dispose();
        _interrupt.Dispose();
        _stop.Dispose();
    }
}
