using Microsoft.Playwright;

namespace NewsExtraction.BrowserTests.Cli;

/// <summary><c>newsx render</c>'s page opened from <c>file://</c> in a real browser, with no network.</summary>
public sealed class RenderPageTests
{
    [ChromiumFact]
    public async Task The_rendered_samples_show_highlighted_entities_and_speaker_links_that_lead_to_their_mentions()
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("newsx-render-");
        try
        {
            foreach ((string name, string sample) in new[] { ("fr", "fr-otan-sommet.txt"), ("en", "en-korea-drills.txt") })
            {
                string page = Path.Combine(folder.FullName, name + ".html");
                Repository.RunNewsx("render", Path.Combine(Repository.Samples, sample), "-o", page);
                (IPlaywright playwright, IBrowser browser) = await Browser.LaunchAsync();
                using (playwright)
                await using (browser)
                {
                    IPage tab = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
                    var requests = new List<string>();
                    tab.Request += (_, request) => requests.Add(request.Url);
                    await tab.GotoAsync(new Uri(page).AbsoluteUri);

                    Assert.True(await tab.Locator("article mark.entity.person").CountAsync() >= 2, "people highlighted");
                    Assert.Matches("^COUNTRY [A-Z]{2}$", await tab.Locator("article mark.entity.country .label").First.InnerTextAsync());
                    Assert.True(await tab.Locator("article .quote").CountAsync() >= 1, "quotes set off");
                    // Every speaker link leads to an element of the page, and following one targets the speaker's mention.
                    Assert.True(await tab.EvaluateAsync<bool>(
                        "() => [...document.querySelectorAll('a.speaker')].every(a => document.getElementById(a.getAttribute('href').slice(1)) !== null)"));
                    ILocator link = tab.Locator("a.speaker").First;
                    string speaker = await link.InnerTextAsync();
                    await link.ClickAsync();
                    Assert.Contains(speaker.Split(' ')[^1], await tab.Locator("mark:target").InnerTextAsync());
                    // Nothing was fetched but the page itself.
                    Assert.All(requests, url => Assert.StartsWith("file://", url));
                    await tab.Locator("article.document").First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Browser.Screenshot($"render-{name}.png") });
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
