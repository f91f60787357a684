using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Features.Account;

public sealed partial class LoginTests
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

    // Deliberately changed from "the account locks and the page says 已锁定": the page no longer reveals a lock
    // (that told an attacker which names exist), and the pause is per (user, address), not on the account.
    [Fact]
    public async Task Five_failures_from_one_address_pause_that_address_even_for_the_right_password()
    {
        using var app = new PortalApp();
        var user = await app.CreateUserAsync("accountant", PortalRole.Admin);
        var client = app.NewClient("198.51.100.7");

        for (var i = 0; i < 5; i++)
            await PostLoginAsync(client, "accountant", "wrong-password");
        var response = await PostLoginAsync(client, "accountant", PortalApp.Password);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误", html, StringComparison.Ordinal);
        Assert.DoesNotContain("锁定", html, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync()));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "account.locked-out" && e.UserId == user.Id)));
    }

    [Fact]
    public async Task An_attacker_failing_from_one_address_cannot_keep_the_owner_out_from_another()
    {
        using var app = new PortalApp();
        await app.CreateUserAsync("admin", PortalRole.Admin);
        var attacker = app.NewClient("203.0.113.66");
        for (var i = 0; i < 6; i++)
            await PostLoginAsync(attacker, "admin", $"guess-{i}");

        var owner = app.NewClient("192.0.2.10");
        var response = await PostLoginAsync(owner, "admin", PortalApp.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The administrator, not the attacker, sees that sign-in is paused from one address.
        var users = await owner.GetStringAsync("/admin/users");
        Assert.Contains("1 个地址因多次密码错误暂停登录", users, StringComparison.Ordinal);
        // From the attacker's address even the right password is refused for now, with the usual message.
        var attackerAgain = await PostLoginAsync(app.NewClient("203.0.113.66"), "admin", PortalApp.Password);
        Assert.Equal(HttpStatusCode.OK, attackerAgain.StatusCode);
        Assert.Contains("用户名或密码错误", await attackerAgain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eleventh_sign_in_attempt_in_a_minute_from_one_address_gets_429_with_Retry_After()
    {
        using var app = new PortalApp();
        await app.CreateUserAsync("admin", PortalRole.Admin);
        var client = app.NewClient("203.0.113.5");
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await PostLoginAsync(client, $"user{i}", "whatever-123")).StatusCode);

        var refused = await PostLoginAsync(client, "admin", PortalApp.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.Contains("同一网络每分钟最多尝试登录 10 次", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Another address (IPv6 in another /64) is not affected; one in the same /64 is.
        Assert.Equal(HttpStatusCode.Redirect, (await PostLoginAsync(app.NewClient("2001:db8:1::1"), "admin", PortalApp.Password)).StatusCode);
        var sameLan = app.NewClient("2001:db8:2::1");
        for (var i = 0; i < 10; i++) await PostLoginAsync(app.NewClient($"2001:db8:2::{i + 2:x}"), "nobody", "whatever-123");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostLoginAsync(sameLan, "admin", PortalApp.Password)).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_limit_is_configurable()
    {
        using var app = new PortalApp(settings: new() { ["SignIn:AttemptsPerMinute"] = "2" });
        var client = app.NewClient("203.0.113.5");
        await PostLoginAsync(client, "a", "whatever-123");
        await PostLoginAsync(client, "b", "whatever-123");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostLoginAsync(client, "c", "whatever-123")).StatusCode);
    }

    [Fact]
    public async Task Unknown_user_wrong_password_and_locked_account_get_the_same_answer()
    {
        using var app = new PortalApp();
        await app.CreateUserAsync("wang", PortalRole.Admin);
        var locked = await app.CreateUserAsync("li", PortalRole.Admin);
        await app.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == locked.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.MaxValue));
        });

        var unknown = await ErrorOfAsync(app, "nobody", "whatever-123");
        var wrong = await ErrorOfAsync(app, "wang", "whatever-123");
        var lockedOut = await ErrorOfAsync(app, "li", PortalApp.Password);

        Assert.Equal("用户名或密码错误 (wrong user name or password)", unknown);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, lockedOut);
    }

    [Fact]
    public async Task Every_refusal_costs_one_password_hash_check_like_a_wrong_password()
    {
        var checks = new CountingHasher();
        using var app = new PortalApp { TestServices = s => s.AddScoped<IPasswordHasher<PortalUser>>(_ => checks) };
        await app.CreateUserAsync("wang", PortalRole.Admin);
        var locked = await app.CreateUserAsync("li", PortalRole.Admin);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == locked.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.MaxValue)));
        var client = app.NewClient("203.0.113.8");
        for (var i = 0; i < 5; i++) await PostLoginAsync(client, "wang", "wrong-password"); // pauses (wang, this address)

        foreach (var (name, password) in new[] { ("nobody", "whatever-123"), ("wang", "wrong-password"), ("li", PortalApp.Password) })
        {
            checks.Verifications = 0;
            await PostLoginAsync(client, name, password);
            Assert.Equal(1, checks.Verifications);
        }
    }

    private static async Task<string> ErrorOfAsync(PortalApp app, string userName, string password)
    {
        var html = await (await PostLoginAsync(app.NewClient(), userName, password)).Content.ReadAsStringAsync();
        return System.Net.WebUtility.HtmlDecode(ErrorText().Match(html).Groups[1].Value).Trim();
    }

    [System.Text.RegularExpressions.GeneratedRegex("<span class=\"field-error[^\"]*\"[^>]*>([^<]+)</span>")]
    private static partial System.Text.RegularExpressions.Regex ErrorText();

    private sealed class CountingHasher : IPasswordHasher<PortalUser>
    {
        private readonly PasswordHasher<PortalUser> _inner = new();
        public int Verifications;

        public string HashPassword(PortalUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
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
