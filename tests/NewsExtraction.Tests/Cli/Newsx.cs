using System.Diagnostics;
using System.Text.Json;

namespace NewsExtraction.Tests.Cli;

/// <summary>Runs the real <c>newsx</c> tool (built beside the tests) as a separate process.</summary>
internal static class Newsx
{
    public sealed record Run(int ExitCode, string StandardOutput, string StandardError)
    {
        public JsonElement[] Lines =>
            [.. StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

        /// <summary>The lines of standard error.</summary>
        public string[] ErrorLines => StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Run Invoke(string? standardInput, params string[] args) => Wait(Start(args), standardInput);

    /// <summary>
    /// Runs newsx as an unprivileged user when the tests run as root (who may read any folder), so that
    /// file permissions apply to it.
    /// </summary>
    public static Run InvokeUnprivileged(params string[] args) =>
        Wait(Start(args, Environment.UserName == "root" ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=/tmp"] : []), null);

    /// <summary>Starts newsx with every standard stream redirected; <paramref name="prefix"/> runs it through another command.</summary>
    public static Process Start(string[] args, string[]? prefix = null)
    {
        string[] command = [.. prefix ?? [], Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", Path.Combine(AppContext.BaseDirectory, "newsx.dll"), .. args];
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestPaths.Repository,
        };
        foreach (string arg in command[1..])
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    private static Run Wait(Process process, string? standardInput)
    {
        using (process)
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            if (standardInput is not null)
            {
                process.StandardInput.Write(standardInput);
            }
            process.StandardInput.Close();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("newsx did not finish in 120 s");
            }
            return new Run(process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>A fresh temporary folder, deleted by the caller.</summary>
    public static DirectoryInfo TempFolder() => Directory.CreateTempSubdirectory("newsx-test-");
}
