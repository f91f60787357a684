using Microsoft.Playwright;
using ThreeAssets.E2E.Tests.Infrastructure;

namespace ThreeAssets.E2E.Tests.Journeys;

/// <summary>The strict Content-Security-Policy (issue 16, item 10) breaks nothing a resident or an accountant sees.</summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Main_pages_run_without_a_single_policy_violation()
    {
        var page = await fixture.NewPhonePageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)
                                            || message.Text.Contains("Refused to", StringComparison.Ordinal)))
                violations.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => violations.Add($"{page.Url}: {error}");

        await VisitAsync(page, "/");
        await VisitAsync(page, "/villages/3301-01-01");
        Assert.True(await page.EvaluateAsync<bool>("!!document.querySelector('canvas')"), "the village charts were drawn");
        var publication = await page.GetAttributeAsync("a[href^='/publications/']", "href");
        await VisitAsync(page, publication!);
        await VisitAsync(page, publication + "/ask");
        await VisitAsync(page, "/verify");
        await VisitAsync(page, "/account/login");
        await page.FillAsync("#UserName", "accountant");
        await page.FillAsync("#Password", "demo-accountant-2026");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await VisitAsync(page, "/workspace");
        await VisitAsync(page, "/submissions/upload");

        Assert.Empty(violations);
    }

    private static async Task VisitAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(response?.Ok, $"{path}: {response?.Status}");
        Assert.Contains("frame-ancestors 'none'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
    }
}
