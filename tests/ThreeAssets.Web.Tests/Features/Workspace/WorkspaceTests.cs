using System.Net;
using ThreeAssets.Data;
using ThreeAssets.Web.Tests.Features.Submissions;

namespace ThreeAssets.Web.Tests.Features.Workspace;

public sealed class WorkspaceTests
{
    [Fact]
    public async Task Accountant_sees_each_due_period_with_its_state_and_late_ones_in_words()
    {
        using var app = Uploads.App(); // 2026-11-20
        await app.SeedOrgAsync();
        await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var client = await app.LoginAsync("wang");
        await Uploads.UploadAsync(client, TestOrg.VillageA1, Uploads.FundsWithOneError(), "2026-Q3");

        var html = await client.GetStringAsync("/workspace");

        Assert.Contains("甲一村 资金收支明细：今年应公开的各期", html, StringComparison.Ordinal);
        Assert.DoesNotContain("乙一村", html, StringComparison.Ordinal);
        // Quarterly village: Q1–Q3 are owed, Q4 has not ended.
        Assert.Contains("2026年第三季度", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2026年第四季度", html, StringComparison.Ordinal);
        Assert.Contains("2026年10月15日前公开", html, StringComparison.Ordinal);
        Assert.Contains("已上传，有 ", html, StringComparison.Ordinal);
        Assert.Contains("未上传", html, StringComparison.Ordinal);
        // Every kind's Q1–Q3 is late on 20 November: 3 × 3 periods, all unpublished.
        Assert.Contains("有 9 期已逾期还没公开。", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"late\">逾期</span>", html, StringComparison.Ordinal);
        Assert.Contains("/submissions/upload?village=9901-01-01&amp;kind=Assets&amp;period=2026-Q2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewers_go_to_their_queue_and_admins_to_administration()
    {
        using var app = Uploads.App();
        await app.SeedOrgAsync();
        await app.CreateUserAsync("li", PortalRole.Reviewer, TestOrg.TownshipA);
        await app.CreateUserAsync("boss", PortalRole.Admin);

        Assert.Equal("/review", (await (await app.LoginAsync("li")).GetAsync("/workspace")).Headers.Location!.OriginalString);
        Assert.Equal("/admin", (await (await app.LoginAsync("boss")).GetAsync("/workspace")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Inspectors_see_their_districts_villages_read_only()
    {
        using var app = Uploads.App();
        await app.SeedOrgAsync();
        await app.CreateUserAsync("zhou", PortalRole.Inspector, TestOrg.District);

        var response = await (await app.LoginAsync("zhou")).GetAsync("/workspace");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("乙一村", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/submissions/upload", html, StringComparison.Ordinal);
    }
}
