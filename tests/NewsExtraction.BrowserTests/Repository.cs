using System.Diagnostics;

namespace NewsExtraction.BrowserTests;

/// <summary>The repository around the tests, and the <c>newsx</c> tool built beside them.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>Starts <c>newsx</c> with <paramref name="args"/>, standard error redirected.</summary>
    public static Process StartNewsx(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsx.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    /// <summary>Runs <c>newsx</c> to the end; fails the test on a non-zero exit.</summary>
    public static void RunNewsx(params string[] args)
    {
        using Process process = StartNewsx(args);
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "newsx did not finish in 120 s");
        Assert.True(process.ExitCode == 0, $"newsx {string.Join(' ', args)} exited {process.ExitCode}: {error.Result}");
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsExtraction.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("NewsExtraction.sln not found above the test assembly.");
    }
}
