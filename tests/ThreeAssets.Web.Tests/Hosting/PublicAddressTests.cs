using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ThreeAssets.Data;
using ThreeAssets.Documents.Notices;
using ThreeAssets.Web.Tests.Features.Review;
using ThreeAssets.Web.Tests.Ledgers;

namespace ThreeAssets.Web.Tests.Hosting;

/// <summary>The address printed on notices comes from configuration, never from the request (issue 16, item 2).</summary>
public sealed class PublicAddressTests
{
    [Fact]
    public async Task Approving_with_a_forged_host_header_never_prints_that_host_on_the_notice()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var accountant = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var reviewer = await app.CreateUserAsync("chen", PortalRole.Reviewer, TestOrg.TownshipA);
        var submission = await app.SubmitFundsAsync(TestOrg.VillageA1, "2026-10", accountant.Id);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example/"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(reviewer.Id));

        var approved = await client.PostAsJsonAsync($"/api/v1/submissions/{submission}/approve", new { });

        Assert.Equal(HttpStatusCode.Created, approved.StatusCode);
        var publicationId = (await approved.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("publicationId").GetInt64();
        var notice = await app.NoticeAsync(publicationId);
        Assert.DoesNotContain("evil.example", LedgerPublishing.PdfText(notice.Pdf), StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"http://localhost:5000/publications/{publicationId}", NoticeInspector.TryRead(notice.Pdf)!.PublicationUrl);
    }

    [Fact]
    public void Production_without_a_public_address_refuses_to_start_and_names_the_setting()
    {
        using var app = new PortalApp(settings: new() { ["environment"] = "Production" });

        var error = Assert.ThrowsAny<Exception>(() => app.NewClient());

        Assert.Contains("Portal:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_answers_only_to_the_public_host_unless_AllowedHosts_says_otherwise()
    {
        using var app = new PortalApp(settings: new() { ["environment"] = "Production", ["Portal:PublicBaseUrl"] = "https://sanzi.example.gov.cn/" });

        var forged = await app.CreateClient(new() { BaseAddress = new Uri("http://evil.example/") }).GetAsync("/healthz");
        var real = await app.CreateClient(new() { BaseAddress = new Uri("https://sanzi.example.gov.cn/") }).GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
    }

    [Fact]
    public async Task Explicit_AllowedHosts_is_kept_in_production()
    {
        using var app = new PortalApp(settings: new()
        {
            ["environment"] = "Production", ["Portal:PublicBaseUrl"] = "https://sanzi.example.gov.cn/", ["AllowedHosts"] = "intranet.local;sanzi.example.gov.cn",
        });

        var intranet = await app.CreateClient(new() { BaseAddress = new Uri("http://intranet.local/") }).GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, intranet.StatusCode);
    }
}
