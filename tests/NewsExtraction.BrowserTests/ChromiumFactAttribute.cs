using System.Runtime.CompilerServices;

namespace NewsExtraction.BrowserTests;

/// <summary>
/// A fact run in headless Chromium: Debian's <c>/usr/bin/chromium</c>, or the browser named by <c>NEWSX_CHROMIUM</c>.
/// Without one the test is reported as skipped, not passed (<c>.ci/run</c> installs it).
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (Browser.ExecutablePath is null)
        {
            Skip = "needs Chromium: apt-get install chromium (or set NEWSX_CHROMIUM to a Chromium binary)";
        }
    }
}
