using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;
using ThreeAssets.E2E.Tests.Infrastructure;

namespace ThreeAssets.E2E.Tests.Journeys;

/// <summary>A resident holding a printed notice checks it on a phone.</summary>
public sealed class VerifyJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Resident_types_the_fingerprint_from_a_notice_and_learns_it_is_in_force()
    {
        var publication = await DemoPublicationAsync();
        var page = await fixture.NewPhonePageAsync();
        await page.GotoAsync("/");
        await page.ClickAsync("text=核验公示");

        // Typed as people type from paper: lower case, without the dashes.
        await page.FillAsync("#fingerprint", publication.Fingerprint.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());
        await page.ClickAsync("button:has-text('核验')");

        var result = page.Locator("#result");
        Assert.Contains("这份公示现在有效", await result.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(publication.Village, await result.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(publication.Fingerprint, await result.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await BrowserFixture.ScreenshotAsync(page, "verify-current");

        var pdf = await page.APIRequest.GetAsync($"/publications/{publication.Id}/notice.pdf");
        Assert.Equal(200, pdf.Status);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..5]), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Resident_who_mistypes_is_told_how_to_fix_it_and_keeps_what_was_typed()
    {
        var page = await fixture.NewPhonePageAsync();
        await page.GotoAsync("/verify");

        await page.FillAsync("#fingerprint", "3F9A-12C4");
        await page.ClickAsync("button:has-text('核验')");

        Assert.Contains("公示指纹是 12 位", await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("3F9A-12C4", await page.InputValueAsync("#fingerprint"));
        await BrowserFixture.ScreenshotAsync(page, "verify-mistyped");
    }

    private async Task<(long Id, string Fingerprint, string Village)> DemoPublicationAsync()
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var p = await db.Publications.AsNoTracking().OrderBy(p => p.Id)
            .Where(p => !db.Publications.Any(c => c.SupersedesId == p.Id))
            .Select(p => new { p.Id, p.Fingerprint, Village = p.Village.Name }).FirstAsync();
        return (p.Id, p.Fingerprint, p.Village);
    }
}
