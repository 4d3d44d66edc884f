using Microsoft.Playwright;

namespace NewsExtraction.BrowserTests;

/// <summary>Headless Chromium driven by Playwright through <see cref="ExecutablePath"/>: nothing is downloaded.</summary>
internal static class Browser
{
    public static string? ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("NEWSX_CHROMIUM") is { Length: > 0 } path ? path
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : null;

    /// <summary>A fresh browser; the flags keep a sandboxed, offline machine quiet (no background connections, no GPU).</summary>
    public static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        IPlaywright playwright = await Playwright.CreateAsync();
        IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    /// <summary>Where screenshots go: <c>artifacts/screenshots</c> in the repository (CI keeps that folder).</summary>
    public static string Screenshot(string name)
    {
        string folder = Path.Combine(Repository.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
