using System.Net;
using System.Text.Json;
using ThreeAssets.Web.Tests.Features.Api;

namespace ThreeAssets.Web.Tests.Features.Developers;

public sealed class OpenApiAndDevelopersPageTests(OpenDataFixture fixture) : IClassFixture<OpenDataFixture>
{
    [Fact]
    public async Task The_openapi_document_lists_open_and_staff_endpoints_with_the_bearer_scheme()
    {
        var response = await fixture.App.NewClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var paths = json.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/villages", "/api/v1/villages/{code}/publications", "/api/v1/publications/{id}", "/api/v1/me" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        var villages = paths.GetProperty("/api/v1/villages").GetProperty("get");
        Assert.Contains("All villages", villages.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("所有村", villages.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.False(villages.TryGetProperty("security", out _));
        Assert.Equal("bearer", json.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.True(paths.GetProperty("/api/v1/me").GetProperty("get").TryGetProperty("security", out _));
        Assert.Contains("two decimals", json.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_developers_page_lists_endpoints_with_curl_examples_and_the_openapi_link()
    {
        var client = fixture.App.NewClient();
        var response = await client.GetAsync("/developers");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("开放数据接口", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.Contains("GET /api/v1/villages/{code}/publications", html, StringComparison.Ordinal);
        Assert.Contains("curl -s 'http://localhost/api/v1/villages", html, StringComparison.Ordinal);
        Assert.Contains("/api/v1/villages/9902-01-01/publications?kind=funds", html, StringComparison.Ordinal);

        var english = await (await client.GetAsync("/developers?culture=en")).Content.ReadAsStringAsync();
        Assert.Contains("Open data API", english, StringComparison.Ordinal);
        var redirect = await client.GetAsync("/api");
        Assert.Equal("/developers", redirect.Headers.Location?.OriginalString);
    }
}
