using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Features.PublicSite;

public sealed class CachingTests
{
    [Fact]
    public async Task Anonymous_village_pages_come_from_the_output_cache_but_staff_always_get_a_fresh_page()
    {
        using var app = new PortalApp();
        await PublicLedgerSeed.SeedAsync(app);
        var client = app.NewClient();
        Assert.Contains("甲一村", await client.GetStringAsync("/villages/9901-01-01"));

        // Renaming is an admin's change outside the published data: the cached page may lag for a minute.
        await app.WithDbAsync(async db =>
        {
            (await db.Villages.SingleAsync(v => v.Code == TestOrg.VillageA1)).Name = "新名村";
            await db.SaveChangesAsync();
        });

        Assert.Contains("甲一村", await client.GetStringAsync("/villages/9901-01-01"));
        Assert.Contains("新名村", await client.GetStringAsync("/villages/9901-01-01?culture=en"));
        await app.CreateUserAsync("inspector", PortalRole.Inspector, TestOrg.District);
        Assert.Contains("新名村", await (await app.LoginAsync("inspector")).GetStringAsync("/villages/9901-01-01"));
    }
}
