using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Web.Tests.Features.Publications;

namespace ThreeAssets.Web.Tests.Features.Home;

public sealed class NavigationTests
{
    private static PortalApp NewApp(DateTimeOffset? now = null) => new()
    {
        TestServices = s => s.AddSingleton<TimeProvider>(new FixedTime(now ?? new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero))),
    };

    [Fact]
    public async Task Home_page_lists_the_district_its_townships_and_villages()
    {
        using var app = NewApp();
        await PublicLedgerSeed.SeedAsync(app);

        var html = await app.NewClient().GetStringAsync("/");

        Assert.Contains("测试区各村", html);
        Assert.Contains("href=\"/townships/9901-01\"", html);
        Assert.Contains("<a href=\"/villages/9901-01-01\">甲一村</a>", html);
        Assert.Contains("乙一村", html);
    }

    [Fact]
    public async Task Search_finds_a_village_by_name_and_by_pinyin_initials()
    {
        using var app = NewApp();
        await PublicLedgerSeed.SeedAsync(app);
        var client = app.NewClient();

        var byInitials = await client.GetAsync("/search?q=JYC");
        Assert.Equal(HttpStatusCode.Redirect, byInitials.StatusCode);
        Assert.Equal("/villages/9901-01-01", byInitials.Headers.Location!.OriginalString);

        var byName = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("一村"));
        Assert.Contains("找到 2 个村", byName);
        Assert.Contains("/villages/9901-01-01", byName);
        Assert.Contains("/villages/9901-02-01", byName);

        var none = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("不存在"));
        Assert.Contains("没有找到", none);
    }

    [Fact]
    public async Task Township_page_shows_each_village_with_its_last_publication_and_overdue_periods()
    {
        using var app = NewApp();
        await PublicLedgerSeed.SeedAsync(app);

        var html = await app.NewClient().GetStringAsync("/townships/9901-01");

        Assert.Contains("甲一村", html);
        Assert.Contains("2026-10-10", html);
        // 甲二村 has published nothing: by 26 November every funds, assets and resources quarter from Q1 to Q3 is overdue.
        Assert.Contains("尚未公开", html);
        Assert.Contains("逾期 9 期", html);
    }

    [Fact]
    public async Task Village_page_shows_latest_publications_and_chart_tables()
    {
        using var app = NewApp();
        var seeded = await PublicLedgerSeed.SeedAsync(app);

        var html = await app.NewClient().GetStringAsync("/villages/9901-01-01");

        Assert.Contains($"/publications/{seeded.Funds}", html);
        Assert.Contains($"/publications/{seeded.Assets}", html);
        Assert.Contains($"/publications/{seeded.Resources}", html);
        Assert.Contains("2026年各期收入与支出，单位：元", html);
        Assert.Contains("按类别的净值，单位：元", html);
        Assert.Contains("按类型的面积，单位：亩", html);
        Assert.Contains("/lib/chart.js/chart.umd.min.js", html);
    }

    [Fact]
    public async Task Timeline_says_in_words_which_periods_are_overdue()
    {
        // 甲一村 published Q3 only: Q1 and Q2 are overdue; Q4 is not due yet on 26 November.
        using var app = NewApp();
        await PublicLedgerSeed.SeedAsync(app);

        var html = await app.NewClient().GetStringAsync("/villages/9901-01-01");

        Assert.Contains("今年有 6 期到期未公开", html);
        Assert.Contains("逾期未公开", html);
        Assert.Contains("未到期", html);
    }

    [Fact]
    public async Task Timeline_on_an_earlier_day_does_not_call_a_period_late_before_its_due_date()
    {
        // 10 April 2026: Q1 is due on 15 April, so nothing is late yet.
        using var app = NewApp(new DateTimeOffset(2026, 4, 10, 2, 0, 0, TimeSpan.Zero));
        await PublicLedgerSeed.SeedAsync(app);

        var html = await app.NewClient().GetStringAsync("/villages/9901-01-01");

        Assert.DoesNotContain("逾期未公开", html);
    }

    [Theory]
    [InlineData("/villages/0000-00-00")]
    [InlineData("/townships/0000-00")]
    [InlineData("/publications/999999")]
    [InlineData("/publications/999999/diff")]
    [InlineData("/publications/999999/rows.csv")]
    [InlineData("/publications/999999/rows.xlsx")]
    public async Task Unknown_ids_answer_404(string url)
    {
        using var app = NewApp();
        await app.SeedOrgAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync(url)).StatusCode);
    }
}
