using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Web.Demo;

namespace ThreeAssets.Web.Tests.Demo;

/// <summary>The README's demo passwords never guard a production portal (issue 16, item 7).</summary>
public sealed class DemoPasswordTests
{
    private static Dictionary<string, string> Production(string? demo) => new()
    {
        ["environment"] = "Production",
        ["Portal:PublicBaseUrl"] = "http://localhost/",
        ["Demo:Enabled"] = demo ?? "",
    };

    [Fact]
    public async Task Production_on_sqlite_loads_no_demo_accounts_unless_asked()
    {
        using var app = new PortalApp(settings: Production(demo: null));

        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync()));
        Assert.False(await app.WithDbAsync(db => db.Districts.AnyAsync()));
        Assert.DoesNotContain("演示数据", await app.NewClient().GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explicit_demo_in_production_gets_random_passwords_not_the_published_ones()
    {
        using var app = new PortalApp(settings: Production(demo: "true"));

        var response = await app.NewClient().PostFormAsync("/account/login", "/account/login",
            new() { ["UserName"] = "admin", ["Password"] = "demo-admin-2026" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the form again, with an error
        var logins = app.Services.GetRequiredService<DemoLogins>().Created;
        Assert.Equal(await app.WithDbAsync(db => db.Users.CountAsync()), logins.Count);
        Assert.Equal(logins.Count, logins.Select(l => l.Password).Distinct().Count());
        var admin = logins.Single(l => l.UserName == "admin");
        Assert.True(admin.Password.Length >= 16);
        Assert.DoesNotContain("demo-", admin.Password, StringComparison.Ordinal);
        await app.LoginAsync("admin", admin.Password);
    }
}
