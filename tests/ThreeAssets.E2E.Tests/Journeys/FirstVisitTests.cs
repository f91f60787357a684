using ThreeAssets.E2E.Tests.Infrastructure;

namespace ThreeAssets.E2E.Tests.Journeys;

public sealed class FirstVisitTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Home_page_reads_in_Chinese_on_a_phone_and_switches_to_English()
    {
        var page = await fixture.NewPhonePageAsync();
        await page.GotoAsync("/");

        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("农村集体三资公开", await page.TitleAsync());
        // Nothing scrolls sideways at 360 px.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await BrowserFixture.ScreenshotAsync(page, "home-zh");

        await page.ClickAsync("text=English");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Rural Collective Assets Disclosure", await page.TitleAsync());
        await BrowserFixture.ScreenshotAsync(page, "home-en");
    }

    [BrowserFact]
    public async Task Care_mode_enlarges_text_and_is_remembered()
    {
        var page = await fixture.NewPhonePageAsync();
        await page.GotoAsync("/");
        await page.ClickAsync(".care-switch");

        Assert.Equal("care", await page.GetAttributeAsync("html", "class"));
        var fontSize = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)");
        Assert.True(fontSize >= 18, $"body text is {fontSize}px in care mode");
        var tap = await page.EvaluateAsync<double>("document.querySelector('.care-switch').getBoundingClientRect().height");
        Assert.True(tap >= 60, $"care-mode switch is {tap}px high");

        await page.GotoAsync("/");
        Assert.Equal("care", await page.GetAttributeAsync("html", "class"));
        await BrowserFixture.ScreenshotAsync(page, "home-care");
    }

    [BrowserFact]
    public async Task Demo_admin_signs_in_in_English_and_reaches_the_admin_pages()
    {
        var page = await fixture.NewPhonePageAsync();
        await page.GotoAsync("/?culture=en");
        await page.ClickAsync("text=Staff sign-in");

        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", "demo-admin-2026");
        await page.ClickAsync("button[type=submit]");
        await page.GotoAsync("/admin");

        Assert.Equal("Administration", (await page.InnerTextAsync("h1")).Trim());
        await page.ClickAsync("text=Organisation units");
        Assert.Contains("桃源村", await page.InnerTextAsync("main"));
        await BrowserFixture.ScreenshotAsync(page, "admin-org-en");
    }
}
