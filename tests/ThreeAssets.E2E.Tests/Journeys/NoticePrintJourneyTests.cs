using ThreeAssets.E2E.Tests.Infrastructure;

namespace ThreeAssets.E2E.Tests.Journeys;

/// <summary>A township reviewer prints the month's notices for the village notice boards.</summary>
public sealed class NoticePrintJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Reviewer_picks_a_period_and_downloads_all_its_notices_as_one_pdf()
    {
        var page = await fixture.NewPhonePageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#UserName", "reviewer");
        await page.FillAsync("#Password", "demo-reviewer-2026");
        await page.ClickAsync("button[type=submit]");

        await page.GotoAsync("/townships/3301-01/notices");
        Assert.Contains("公示打印", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await BrowserFixture.ScreenshotAsync(page, "township-notices");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".notice-periods a[href$='.pdf']").First.ClickAsync());
        Assert.EndsWith("三资公开公示汇编.pdf", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
