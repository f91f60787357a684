using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Features.Api;

public sealed class StaffApiTests
{
    private static HttpClient WithToken(PortalApp app, string token)
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"status\":{(int)status}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_token_identifies_its_user_and_records_its_use()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var user = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var token = await app.IssueTokenAsync(user.Id);

        var me = await WithToken(app, token).GetFromJsonAsync<Me>("/api/v1/me");

        Assert.Equal("wang", me!.UserName);
        Assert.Equal("Accountant", me.Role);
        Assert.Equal([TestOrg.VillageA1], me.Scopes);
        Assert.NotNull(await app.WithDbAsync(db => db.ApiTokens.Select(t => t.LastUsedAt).SingleAsync()));
        Assert.DoesNotContain(token, await app.WithDbAsync(db => db.ApiTokens.Select(t => t.TokenHash).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_token_gets_401_problem_details()
    {
        using var app = new PortalApp();

        var response = await WithToken(app, "ta_not-a-real-token").GetAsync("/api/v1/me");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Revoked_token_gets_401_problem_details()
    {
        using var app = new PortalApp();
        var user = await app.CreateUserAsync("admin", PortalRole.Admin);
        var token = await app.IssueTokenAsync(user.Id);
        await app.WithDbAsync(db => db.ApiTokens.ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTimeOffset.UtcNow)));

        await AssertProblemAsync(await WithToken(app, token).GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_ignores_the_login_cookie()
    {
        using var app = new PortalApp();
        await app.CreateUserAsync("admin", PortalRole.Admin);
        var client = await app.LoginAsync("admin");

        await AssertProblemAsync(await client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Accountant_of_village_A_gets_403_on_village_B()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var user = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var client = WithToken(app, await app.IssueTokenAsync(user.Id));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/villages/{TestOrg.VillageA1}/submissions")).StatusCode);
        await AssertProblemAsync(await client.GetAsync($"/api/v1/villages/{TestOrg.VillageA2}/submissions"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await client.GetAsync($"/api/v1/villages/{TestOrg.VillageB1}/submissions"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reviewer_acts_on_the_villages_of_their_township_only()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var user = await app.CreateUserAsync("chen", PortalRole.Reviewer, TestOrg.TownshipA);
        var client = WithToken(app, await app.IssueTokenAsync(user.Id));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/villages/{TestOrg.VillageA2}/submissions")).StatusCode);
        await AssertProblemAsync(await client.GetAsync($"/api/v1/villages/{TestOrg.VillageB1}/submissions"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Token_of_a_locked_user_is_refused()
    {
        using var app = new PortalApp();
        var user = await app.CreateUserAsync("admin", PortalRole.Admin);
        var token = await app.IssueTokenAsync(user.Id);
        await app.WithDbAsync(db => db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue)));

        await AssertProblemAsync(await WithToken(app, token).GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    private sealed record Me(string UserName, string Role, List<string> Scopes);
}
