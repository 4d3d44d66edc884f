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
    }

    public static Run Invoke(string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestPaths.Repository,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsx.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using Process process = Process.Start(start)!;
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

    /// <summary>A fresh temporary folder, deleted by the caller.</summary>
    public static DirectoryInfo TempFolder() => Directory.CreateTempSubdirectory("newsx-test-");
}
