using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsExtraction.BrowserTests.Cli;

/// <summary><c>newsx serve</c>: paste an article in a real browser, see it rendered with its JSON.</summary>
public sealed partial class ServePageTests
{
    [ChromiumFact]
    public async Task A_pasted_article_comes_back_rendered_with_its_json_and_its_markup_shown_as_text()
    {
        using Process server = Repository.StartNewsx("serve", "--port", "0");
        try
        {
            string url = await ListeningUrlAsync(server);
            Assert.StartsWith("http://127.0.0.1:", url);
            (IPlaywright playwright, IBrowser browser) = await Browser.LaunchAsync();
            using (playwright)
            await using (browser)
            {
                IPage tab = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
                await tab.GotoAsync(url);
                await tab.FillAsync("textarea[name=text]",
                    "<script>document.title='pwned'</script>Le président Emmanuel Macron a déclaré : « La France enverra 2 000 soldats en Ukraine. »");
                await tab.SelectOptionAsync("select[name=lang]", "fr");
                await tab.ClickAsync("button[type=submit]");
                await tab.WaitForSelectorAsync("article.document");

                Assert.Equal("Emmanuel Macron", await tab.Locator("article mark.entity.person").First.EvaluateAsync<string>("m => m.firstChild.textContent"));
                Assert.Equal("Emmanuel Macron", await tab.Locator("a.speaker").First.InnerTextAsync());
                Assert.Contains("\"entities\"", await tab.Locator("pre.json").InnerTextAsync());
                Assert.Equal(0, await tab.Locator("article script").CountAsync());
                Assert.NotEqual("pwned", await tab.TitleAsync());
                Assert.Contains("Emmanuel Macron", await tab.InputValueAsync("textarea[name=text]"));
                await tab.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.Screenshot("serve.png"), FullPage = true });
            }
        }
        finally
        {
            server.Kill();
            server.WaitForExit();
        }
    }

    /// <summary>The address <c>newsx serve</c> prints once it listens (port 0 picks a free one).</summary>
    private static async Task<string> ListeningUrlAsync(Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await server.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }
        throw new InvalidOperationException("newsx serve ended without listening");
    }

    [GeneratedRegex(@"listening on (http://\S+?)[ ,]")]
    private static partial Regex ListeningOn();
}
