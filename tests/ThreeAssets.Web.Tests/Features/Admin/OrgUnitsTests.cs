using System.Net;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Features.Admin;

public sealed class OrgUnitsTests
{
    private static async Task<(PortalApp App, HttpClient Admin)> StartAsync()
    {
        var app = new PortalApp();
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
}
