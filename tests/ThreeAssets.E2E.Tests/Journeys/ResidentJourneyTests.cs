using ThreeAssets.E2E.Tests.Infrastructure;

namespace ThreeAssets.E2E.Tests.Journeys;

/// <summary>A resident on a phone finds their village's money, assets and land, and takes the data home.</summary>
public sealed class ResidentJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string NoSidewaysScroll = "document.documentElement.scrollWidth <= document.documentElement.clientWidth";

    [BrowserFact]
    public async Task Resident_goes_from_home_to_a_publication_sorts_filters_and_downloads()
    {
        var page = await fixture.NewPhonePageAsync();
        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, "resident-1-home");

        await page.ClickAsync("a[href='/townships/3301-01']");
        Assert.Contains("/townships/3301-01", page.Url);
        Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll));
        await BrowserFixture.ScreenshotAsync(page, "resident-2-township");

        await page.ClickAsync("table a[href='/villages/3301-01-01']");
        Assert.Equal("桃源村", (await page.TextContentAsync("h1"))?.Trim());
        Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll));
        Assert.True(await page.Locator("canvas[data-chart]").CountAsync() >= 3);
        await BrowserFixture.ScreenshotAsync(page, "resident-3-village");

        await page.ClickAsync(".latest li:first-child a.latest-link");
        Assert.Contains("/publications/", page.Url);
        Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll));
        Assert.Equal(1, await page.Locator("a[href$='/notice.pdf']").CountAsync());
        Assert.Equal(1, await page.Locator("a.ask").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "resident-4-publication");

        // Sort by expense, largest first (two taps on the header), then keep only expenses.
        await page.ClickAsync("table.ledger th a:has-text('支出金额')");
        await page.ClickAsync("table.ledger th a:has-text('支出金额')");
        Assert.Contains("desc=true", page.Url);
        await page.SelectOptionAsync("#f-flow", "expense");
        await page.ClickAsync("form.filters button[type=submit]");
        Assert.Contains("flow=expense", page.Url);
        Assert.Contains("sort=expense", page.Url);
        await BrowserFixture.ScreenshotAsync(page, "resident-5-sorted-filtered");

        Assert.True(await page.Locator("#versions").IsVisibleAsync());
        Assert.True(await page.Locator("#versions + .table-scroll table").CountAsync() == 1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[href$='/rows.csv']"));
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Village_and_publication_pages_work_in_care_mode()
    {
        var page = await fixture.NewPhonePageAsync();
        await page.GotoAsync("/villages/3301-01-01");
        await page.ClickAsync(".care-switch");
        Assert.Equal("care", await page.GetAttributeAsync("html", "class"));
        Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll));
        var tap = await page.EvaluateAsync<double>("document.querySelector('.timeline a, .timeline span').getBoundingClientRect().height");
        Assert.True(tap >= 60, $"timeline cells are {tap}px high in care mode");
        await BrowserFixture.ScreenshotAsync(page, "resident-care-village");

        await page.ClickAsync(".latest li:first-child a.latest-link");
        Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll));
        await BrowserFixture.ScreenshotAsync(page, "resident-care-publication");
    }
}
