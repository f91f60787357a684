using System.Net;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Features.Admin;

public sealed class UsersTests
{
    private static async Task<(PortalApp App, HttpClient Admin)> StartAsync()
    {
        var app = new PortalApp();
        await app.SeedOrgAsync();
        await app.CreateUserAsync("admin", PortalRole.Admin);
        return (app, await app.LoginAsync("admin"));
    }

    private static Task<HttpResponseMessage> CreateUserAsync(HttpClient admin, string userName, PortalRole role, string scopes) =>
        admin.PostFormAsync("/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = userName, ["DisplayName"] = "张会计", ["Password"] = "new-password-1",
            ["Role"] = role.ToString(), ["Scopes"] = scopes,
        });

    [Fact]
    public async Task Admin_creates_an_accountant_for_two_villages()
    {
        var (app, admin) = await StartAsync();
        using var _ = app;

        var response = await CreateUserAsync(admin, "zhang", PortalRole.Accountant, $"{TestOrg.VillageA1}，{TestOrg.VillageA2}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var scopes = await app.WithDbAsync(db => db.UserScopes.Where(s => db.Users.Any(u => u.Id == s.UserId && u.UserName == "zhang"))
            .Select(s => s.OrgCode).OrderBy(c => c).ToListAsync());
        Assert.Equal([TestOrg.VillageA1, TestOrg.VillageA2], scopes);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "admin.user.create"));
        Assert.Equal("admin", audit.UserName);
        Assert.DoesNotContain("new-password-1", audit.DetailsJson ?? "", StringComparison.Ordinal);
        Assert.Contains("zhang", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
        await app.LoginAsync("zhang", "new-password-1");
    }

    [Fact]
    public async Task Reviewer_scope_must_be_a_township()
    {
        var (app, admin) = await StartAsync();
        using var _ = app;

        var response = await CreateUserAsync(admin, "li", PortalRole.Reviewer, TestOrg.VillageA1);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("乡镇代码", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "li")));
    }

    [Fact]
    public async Task Locked_user_cannot_sign_in_until_unlocked()
    {
        var (app, admin) = await StartAsync();
        using var _ = app;
        var user = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);

        var locked = await admin.PostFormAsync("/admin/users", $"/admin/users/{user.Id}/lock", []);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.LoginAsync("wang"));
        await admin.PostFormAsync("/admin/users", $"/admin/users/{user.Id}/unlock", []);

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        await app.LoginAsync("wang");
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "admin.user.lock" || e.Action == "admin.user.unlock")));
    }

    [Fact]
    public async Task Changed_scope_applies_to_the_users_api_token_at_once()
    {
        var (app, admin) = await StartAsync();
        using var _ = app;
        var user = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var api = app.NewClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await app.IssueTokenAsync(user.Id));

        var bad = await admin.PostFormAsync($"/admin/users/{user.Id}/scope", $"/admin/users/{user.Id}/scope", new() { ["Form.Scopes"] = TestOrg.TownshipB });
        var good = await admin.PostFormAsync($"/admin/users/{user.Id}/scope", $"/admin/users/{user.Id}/scope", new() { ["Form.Scopes"] = TestOrg.VillageB1 });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("村代码 9901-02 不存在", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/villages/{TestOrg.VillageB1}/submissions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/villages/{TestOrg.VillageA1}/submissions")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "admin.user.scope")));
    }

    [Fact]
    public async Task Admin_cannot_lock_their_own_account()
    {
        var (app, admin) = await StartAsync();
        using var _ = app;
        var adminId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync());

        var response = await admin.PostFormAsync("/admin/users", $"/admin/users/{adminId}/lock", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == adminId).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task Admin_resets_a_password()
    {
        var (app, admin) = await StartAsync();
        using var _ = app;
        var user = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);

        var response = await admin.PostFormAsync($"/admin/users/{user.Id}/reset-password", $"/admin/users/{user.Id}/reset-password",
            new() { ["Form.NewPassword"] = "reset-password-2" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await app.LoginAsync("wang", "reset-password-2");
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.LoginAsync("wang"));
    }

    [Fact]
    public async Task Non_admin_staff_are_denied_the_admin_pages()
    {
        var (app, _) = await StartAsync();
        using var __ = app;
        await app.CreateUserAsync("inspector", PortalRole.Inspector, TestOrg.District);
        var inspector = await app.LoginAsync("inspector");

        var response = await inspector.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
