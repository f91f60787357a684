using System.Net;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Features.Admin;

public sealed class OrgUnitsTests
{
    private static async Task<(PortalApp App, HttpClient Admin)> StartAsync()
    {
        var app = Submissions.Uploads.App(); // 2026-11-20
        await app.SeedOrgAsync();
        await app.CreateUserAsync("admin", PortalRole.Admin);
        return (app, await app.LoginAsync("admin"));
    }

    [Fact]
    public async Task Admin_creates_a_village_under_a_township()
    {
        var (app, admin) = await StartAsync();
        using var _ = app;

        var response = await admin.PostFormAsync("/admin/org", "/admin/org/create", new()
        {
            ["Create.Level"] = "Village", ["Create.ParentCode"] = TestOrg.TownshipB, ["Create.Code"] = "9901-02-07",
            ["Create.Name"] = "乙七村", ["Create.PinyinInitials"] = "yqc", ["Create.FundsFrequency"] = "Monthly",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var village = await app.WithDbAsync(db => db.Villages.Include(v => v.Township).SingleAsync(v => v.Code == "9901-02-07"));
        Assert.Equal(TestOrg.TownshipB, village.Township.Code);
        Assert.Equal(FundsFrequency.Monthly, village.FundsFrequency);
        Assert.Contains("乙七村", await admin.GetStringAsync("/admin/org"), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "admin.org.create" && e.TargetId == "9901-02-07")));
    }

    [Fact]
    public async Task Village_code_must_extend_its_township_code()
    {
        var (app, admin) = await StartAsync();
        using var _ = app;

        var response = await admin.PostFormAsync("/admin/org", "/admin/org/create", new()
        {
            ["Create.Level"] = "Village", ["Create.ParentCode"] = TestOrg.TownshipB, ["Create.Code"] = "9901-01-09", ["Create.Name"] = "错村",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("村代码应为 9901-02-", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Villages.AnyAsync(v => v.Code == "9901-01-09")));
    }

    [Fact]
    public async Task Admin_renames_a_township_and_the_change_is_audited()
    {
        var (app, admin) = await StartAsync();
        using var _ = app;

        var response = await admin.PostFormAsync("/admin/org", "/admin/org/rename", new()
        {
            ["Rename.Level"] = "Township", ["Rename.Code"] = TestOrg.TownshipA, ["Rename.Name"] = "甲新镇",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("甲新镇", await app.WithDbAsync(db => db.Townships.Where(t => t.Code == TestOrg.TownshipA).Select(t => t.Name).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "admin.org.rename" && e.TargetId == TestOrg.TownshipA)));
    }

    [Fact]
    public async Task Admin_sets_the_month_a_village_began_disclosing_and_earlier_periods_stop_counting_as_late()
    {
        var (app, admin) = await StartAsync();
        using var _ = app;
        await app.CreateUserAsync("acct", PortalRole.Accountant, TestOrg.VillageA1);
        var accountant = await app.LoginAsync("acct");
        // 20 November 2026, nothing published: Q1–Q3 of three kinds are late.
        Assert.Contains("有 9 期已逾期还没公开。", await accountant.GetStringAsync("/workspace"), StringComparison.Ordinal);

        var response = await admin.PostFormAsync("/admin/org", "/admin/org/disclosure-start", new()
        {
            ["DisclosureStart.Code"] = TestOrg.VillageA1, ["DisclosureStart.Month"] = "2026-07",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateOnly(2026, 7, 1), await app.WithDbAsync(db => db.Villages.Where(v => v.Code == TestOrg.VillageA1).Select(v => v.DisclosureStart).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "admin.org.disclosure-start" && e.TargetId == TestOrg.VillageA1)));
        Assert.Contains("有 3 期已逾期还没公开。", await accountant.GetStringAsync("/workspace"), StringComparison.Ordinal);
        var village = await app.NewClient().GetStringAsync("/villages/" + TestOrg.VillageA1);
        Assert.Contains("本村从2026年7月起在本平台公开", village, StringComparison.Ordinal);
        Assert.Contains("开始公开前", village, StringComparison.Ordinal);
        Assert.Contains("2026年7月", await admin.GetStringAsync("/admin/org"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9901-01-01", "2026-13", "请按 2026-06 的格式填写月份")]
    [InlineData("9901-09-09", "2026-07", "找不到村 9901-09-09")]
    public async Task A_disclosure_start_needs_a_real_month_and_village(string code, string month, string message)
    {
        var (app, admin) = await StartAsync();
        using var _ = app;

        var response = await admin.PostFormAsync("/admin/org", "/admin/org/disclosure-start", new()
        {
            ["DisclosureStart.Code"] = code, ["DisclosureStart.Month"] = month,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Villages.Where(v => v.Code == TestOrg.VillageA1).Select(v => v.DisclosureStart).SingleAsync()));
    }
}
