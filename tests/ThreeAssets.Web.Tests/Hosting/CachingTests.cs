using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Synthetic;
using ThreeAssets.Data;
using ThreeAssets.Web.Tests.Features.Publications;

namespace ThreeAssets.Web.Tests.Hosting;

public sealed class CachingTests
{
    [Fact]
    public async Task Anonymous_village_pages_come_from_the_output_cache_but_staff_always_get_a_fresh_page()
    {
        using var app = new PortalApp();
        await PublicLedgerSeed.SeedAsync(app);
        var client = app.NewClient();
        Assert.Contains("甲一村", await client.GetStringAsync("/villages/9901-01-01"));

        // A bulk update bypasses the change tracker, so nothing evicts: the cached page is served.
        await app.WithDbAsync(db => db.Villages.Where(v => v.Code == TestOrg.VillageA1).ExecuteUpdateAsync(s => s.SetProperty(v => v.Name, "新名村")));

        Assert.Contains("甲一村", await client.GetStringAsync("/villages/9901-01-01"));
        Assert.Contains("新名村", await client.GetStringAsync("/villages/9901-01-01?culture=en"));
        await app.CreateUserAsync("inspector", PortalRole.Inspector, TestOrg.District);
        Assert.Contains("新名村", await (await app.LoginAsync("inspector")).GetStringAsync("/villages/9901-01-01"));
    }

    [Fact]
    public async Task A_saved_change_to_public_data_empties_the_cache_at_once()
    {
        using var app = new PortalApp();
        await PublicLedgerSeed.SeedAsync(app);
        var client = app.NewClient();
        Assert.Contains("甲一村", await client.GetStringAsync("/villages/9901-01-01"));

        await app.WithDbAsync(async db =>
        {
            (await db.Villages.SingleAsync(v => v.Code == TestOrg.VillageA1)).Name = "新名村";
            await db.SaveChangesAsync();
        });

        Assert.Contains("新名村", await client.GetStringAsync("/villages/9901-01-01"));
    }

    [Fact]
    public async Task A_new_publication_shows_on_cached_pages_and_in_the_cached_api_at_once()
    {
        using var app = new PortalApp();
        var seeded = await PublicLedgerSeed.SeedAsync(app);
        var client = app.NewClient();
        const string list = "/api/v1/villages/9901-01-01/publications";
        Assert.DoesNotContain("2026-Q4", await client.GetStringAsync(list));
        Assert.DoesNotContain("2026年第四季度", await client.GetStringAsync("/villages/9901-01-01"));

        var period = Period.OfQuarter(2026, 4);
        var (rows, summary) = SyntheticLedgers.Funds(TestOrg.VillageA1, period, seeded.Summary.Closing);
        var id = await app.PublishAsync(TestOrg.VillageA1, LedgerKind.Funds, "2026-Q4", rows, summary);

        using var json = JsonDocument.Parse(await client.GetStringAsync(list));
        Assert.Contains(json.RootElement.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetInt64() == id);
        Assert.Contains("2026年第四季度", await client.GetStringAsync("/villages/9901-01-01"));
    }
}
