using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Features.Admin;

public sealed partial class TokensTests
{
    [GeneratedRegex("<code id=\"issued-token\">([^<]+)</code>")]
    private static partial Regex IssuedToken();

    [Fact]
    public async Task Admin_issues_a_token_that_works_once_shown_and_revokes_it()
    {
        using var app = new PortalApp();
        await app.CreateUserAsync("admin", PortalRole.Admin);
        var admin = await app.LoginAsync("admin");
        var userId = await app.WithDbAsync(db => db.Users.Select(u => u.Id).SingleAsync());
        var page = $"/admin/users/{userId}/tokens";

        var issued = await admin.PostFormAsync(page, page, new() { ["name"] = "财务软件" });
        var token = IssuedToken().Match(await issued.Content.ReadAsStringAsync()).Groups[1].Value;
        var api = app.NewClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var before = await api.GetAsync("/api/v1/me");
        var tokenId = await app.WithDbAsync(db => db.ApiTokens.Select(t => t.Id).SingleAsync());
        await admin.PostFormAsync(page, $"{page}/{tokenId}/revoke", []);
        var after = await api.GetAsync("/api/v1/me");

        Assert.StartsWith("ta_", token, StringComparison.Ordinal);
        Assert.DoesNotContain(token, await admin.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action.StartsWith("admin.token."))));
    }
}
