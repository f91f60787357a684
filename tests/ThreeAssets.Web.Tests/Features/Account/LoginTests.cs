using System.Net;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Features.Account;

public sealed class LoginTests
{
    private static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password) =>
        client.PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = userName, ["Password"] = password });

    [Fact]
    public async Task Right_password_signs_in_and_is_audited()
    {
        using var app = new PortalApp();
        var admin = await app.CreateUserAsync("admin", PortalRole.Admin);
        var client = app.NewClient();

        var response = await PostLoginAsync(client, "admin", PortalApp.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "account.login"));
        Assert.Equal(admin.Id, entry.UserId);
        Assert.Equal("admin", entry.UserName);
    }

    [Fact]
    public async Task Wrong_password_shows_an_error_summary_and_is_audited()
    {
        using var app = new PortalApp();
        var user = await app.CreateUserAsync("admin", PortalRole.Admin);

        var response = await PostLoginAsync(app.NewClient(), "admin", "not-the-password");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("用户名或密码错误", html, StringComparison.Ordinal);
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "account.login-failed"));
        Assert.Equal(user.Id, entry.UserId);
        Assert.DoesNotContain("not-the-password", entry.DetailsJson ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_user_is_refused_without_recording_the_typed_name()
    {
        using var app = new PortalApp();

        var response = await PostLoginAsync(app.NewClient(), "nobody", "whatever-123");

        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "account.login-failed"));
        Assert.Null(entry.UserName);
        Assert.DoesNotContain("nobody", entry.DetailsJson ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_locks_after_five_failures_even_for_the_right_password()
    {
        using var app = new PortalApp();
        var user = await app.CreateUserAsync("accountant", PortalRole.Admin);
        var client = app.NewClient();

        for (var i = 0; i < 5; i++)
            await PostLoginAsync(client, "accountant", "wrong-password");
        var response = await PostLoginAsync(client, "accountant", PortalApp.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已锁定", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var lockoutEnd = await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "account.locked-out")));
    }

    [Fact]
    public async Task Login_without_an_antiforgery_token_is_rejected()
    {
        using var app = new PortalApp();
        await app.CreateUserAsync("admin", PortalRole.Admin);

        var response = await app.NewClient().PostAsync("/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = PortalApp.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/account/register")]
    [InlineData("/Identity/Account/Register")]
    public async Task There_is_no_self_registration(string url)
    {
        using var app = new PortalApp();

        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Logout_ends_the_session_and_is_audited()
    {
        using var app = new PortalApp();
        await app.CreateUserAsync("admin", PortalRole.Admin);
        var client = await app.LoginAsync("admin");

        var response = await client.PostFormAsync("/account/login", "/account/logout", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "account.logout" && e.UserName == "admin")));
    }

    [Fact]
    public async Task Anonymous_visitor_of_a_staff_page_is_sent_to_the_login_page()
    {
        using var app = new PortalApp();

        var response = await app.NewClient().GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
