using System.Diagnostics;
using System.Text;

namespace NewsExtraction.Tests.Cli.Broker;

/// <summary>A <c>newsx worker</c> running as its own process, as a fleet's members do.</summary>
internal sealed class WorkerProcess
{
    private readonly StringBuilder _log = new();

    private WorkerProcess(Process process) => Process = process;

    public Process Process { get; }

    /// <summary>What the worker wrote to standard error so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static WorkerProcess Start(string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestPaths.Repository,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsx.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var worker = new WorkerProcess(Process.Start(start)!);
        worker.Process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (worker._log)
                {
                    worker._log.AppendLine(e.Data);
                }
            }
        };
        worker.Process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Sends SIGTERM, as systemd, Kubernetes or <c>kill</c> do, and waits for the exit code.</summary>
    public int Terminate()
    {
        using (Process kill = Process.Start("kill", ["-TERM", Process.Id.ToString()]))
        {
            kill.WaitForExit();
        }
        Assert.True(Process.WaitForExit(60_000), "the worker did not stop within 60 s of SIGTERM");
        Process.WaitForExit();
        return Process.ExitCode;
    }

    /// <summary>SIGKILL: the worker dies wherever it is, with no chance to finish anything.</summary>
    public void KillHard()
    {
        Process.Kill();
        Process.WaitForExit();
    }
}
