using System.Text.RegularExpressions;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Synthetic;

namespace ThreeAssets.Web.Tests.Features.Publications;

/// <summary>English pages say periods and kinds in English; village names stay Chinese; Chinese pages are unchanged.</summary>
public sealed partial class EnglishPageTests
{
    [Fact]
    public async Task A_publication_is_titled_in_english_with_the_period_and_kind_in_english()
    {
        using var app = new PortalApp();
        var seeded = await PublicLedgerSeed.SeedAsync(app);
        var (rows, summary) = SyntheticLedgers.Funds(TestOrg.VillageA1, Period.OfMonth(2026, 10), seeded.Summary.Closing);
        var october = await app.PublishAsync(TestOrg.VillageA1, LedgerKind.Funds, "2026-10", rows, summary);
        var client = app.NewClient();

        var monthly = await client.GetStringAsync($"/publications/{october}?culture=en");
        var assets = await client.GetStringAsync($"/publications/{seeded.Assets}?culture=en");
        var chinese = await app.NewClient().GetStringAsync($"/publications/{october}?culture=zh-CN");

        Assert.Equal("甲一村 October 2026 funds disclosure", Heading(monthly));
        Assert.Equal("甲一村 October 2026 funds disclosure - Rural Collective Assets Disclosure", Title(monthly));
        Assert.Equal("甲一村 2026 Q3 assets disclosure", Heading(assets));
        Assert.Equal("甲一村 2026年10月 资金收支公开", Heading(chinese));
        Assert.Equal("甲一村 2026年10月 资金收支 - 农村集体三资公开", Title(chinese));
    }

    [Fact]
    public async Task The_village_page_names_periods_in_english()
    {
        using var app = new PortalApp();
        await PublicLedgerSeed.SeedAsync(app);

        var html = await app.NewClient().GetStringAsync("/villages/9901-01-01?culture=en");

        Assert.Contains("2026 Q3", html, StringComparison.Ordinal);
        Assert.DoesNotContain("季度", html, StringComparison.Ordinal);
    }

    private static string Heading(string html) => H1().Match(html).Groups[1].Value;

    private static string Title(string html) => TitleTag().Match(html).Groups[1].Value;

    [GeneratedRegex("<h1[^>]*>([^<]*)</h1>")]
    private static partial Regex H1();

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitleTag();
}
