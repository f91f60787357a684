using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Tests.Ledgers;

namespace ThreeAssets.Web.Tests.Features.Townships;

public sealed class TownshipNoticesTests
{
    // 甲一村 v1 corrected by v2, 甲二村 v1; 乙一村 (another township) v1: the township batch holds 甲一村 v2 and 甲二村 v1.
    private static async Task<long[]> PublishOctoberAsync(PortalApp app)
    {
        await app.SeedOrgAsync();
        await app.PublishFundsAsync(TestOrg.VillageA1);
        var corrected = await app.PublishFundsAsync(TestOrg.VillageA1, edit: r => r with { Summary = r.Summary + "（更正）" }, correctionReason: "摘要有误");
        var other = await app.PublishFundsAsync(TestOrg.VillageA2);
        await app.PublishFundsAsync(TestOrg.VillageB1);
        return [corrected.Publication!.Id, other.Publication!.Id];
    }

    [Fact]
    public async Task Reviewer_downloads_one_merged_pdf_of_the_current_notices_of_a_period()
    {
        using var app = new PortalApp();
        var current = await PublishOctoberAsync(app);
        var client = await app.LoginAsync("rev-9901-01");

        var response = await client.GetAsync($"/townships/{TestOrg.TownshipA}/notices/2026-10.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("甲镇-2026-10-三资公开公示汇编.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var expectedPages = 0;
        foreach (var id in current)
            expectedPages += LedgerPublishing.PdfPages((await app.NoticeAsync(id)).Pdf);
        Assert.Equal(expectedPages, LedgerPublishing.PdfPages(await response.Content.ReadAsByteArrayAsync()));
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.NoticeBatchPdf));
        Assert.Equal(("rev-9901-01", TestOrg.TownshipA), (audit.UserName, audit.TargetId));
    }

    [Fact]
    public async Task Inspector_downloads_a_zip_with_one_file_per_current_notice()
    {
        using var app = new PortalApp();
        await PublishOctoberAsync(app);
        await app.CreateUserAsync("inspector", PortalRole.Inspector, TestOrg.District);
        var client = await app.LoginAsync("inspector");

        var response = await client.GetAsync($"/townships/{TestOrg.TownshipA}/notices/2026-10.zip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["甲镇-甲一村-2026-10-资金收支公开-第2版.pdf", "甲镇-甲二村-2026-10-资金收支公开-第1版.pdf"],
            zip.Entries.Select(e => e.FullName));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.NoticeBatchZip && a.UserName == "inspector")));
    }

    [Fact]
    public async Task The_period_list_shows_each_period_with_its_downloads()
    {
        using var app = new PortalApp();
        await PublishOctoberAsync(app);
        var client = await app.LoginAsync("rev-9901-01");

        var html = await client.GetStringAsync($"/townships/{TestOrg.TownshipA}/notices");

        Assert.Contains("甲镇 公示打印", html, StringComparison.Ordinal);
        Assert.Contains("2026年10月", html, StringComparison.Ordinal);
        Assert.Contains("2 份公示，2 个村", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/townships/{TestOrg.TownshipA}/notices/2026-10.pdf\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/townships/{TestOrg.TownshipA}/notices/2026-10.zip\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rev-9901-02")]
    [InlineData("acct-9901-01-01")]
    public async Task Staff_outside_the_township_or_below_it_are_refused(string userName)
    {
        using var app = new PortalApp();
        await PublishOctoberAsync(app);
        var client = await app.LoginAsync(userName);

        foreach (var url in new[] { "", "/2026-10.pdf", "/2026-10.zip" })
        {
            var response = await client.GetAsync($"/townships/{TestOrg.TownshipA}/notices{url}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location)).StatusCode);
        }
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.NoticeBatchPdf || a.Action == AuditActions.NoticeBatchZip)));
    }

    [Fact]
    public async Task A_period_without_notices_or_an_unknown_township_is_not_found()
    {
        using var app = new PortalApp();
        await PublishOctoberAsync(app);
        await app.CreateUserAsync("admin", PortalRole.Admin);
        var client = await app.LoginAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/townships/{TestOrg.TownshipA}/notices/2026-09.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/townships/{TestOrg.TownshipA}/notices/october.zip")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/townships/9901-09/notices")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        using var app = new PortalApp();

        var response = await app.NewClient().GetAsync($"/townships/{TestOrg.TownshipA}/notices/2026-10.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
