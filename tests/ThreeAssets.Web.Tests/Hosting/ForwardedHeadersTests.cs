using System.Net;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Hosting;

public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task Behind_a_configured_proxy_the_audit_log_records_the_clients_address()
    {
        using var app = new PortalApp(settings: new() { ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/8" });
        Assert.Equal("203.0.113.9", await LoginIpAsync(app));
    }

    [Fact]
    public async Task Without_a_configured_proxy_a_forwarded_address_is_not_believed()
    {
        using var app = new PortalApp();
        Assert.NotEqual("203.0.113.9", await LoginIpAsync(app));
    }

    [Fact]
    public void A_proxy_that_is_not_an_address_stops_the_start_with_a_clear_message()
    {
        using var app = new PortalApp(settings: new() { ["ForwardedHeaders:KnownProxies:0"] = "proxy.local" });
        var error = Assert.Throws<InvalidOperationException>(() => app.NewClient());
        Assert.Contains("'proxy.local' is not an IP address", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string?> LoginIpAsync(PortalApp app)
    {
        await app.CreateUserAsync("admin", PortalRole.Admin);
        var client = app.NewClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        var response = await client.PostFormAsync("/account/login", "/account/login",
            new() { ["UserName"] = "admin", ["Password"] = PortalApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "account.login").Select(e => e.Ip).SingleAsync());
    }
}
