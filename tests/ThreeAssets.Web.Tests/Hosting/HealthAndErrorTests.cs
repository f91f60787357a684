using System.Net;

namespace ThreeAssets.Web.Tests.Hosting;

public sealed class HealthAndErrorTests
{
    [Fact]
    public async Task Healthz_reports_healthy_when_the_database_answers()
    {
        using var app = new PortalApp();

        var response = await app.NewClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_reports_unhealthy_when_the_database_is_gone()
    {
        using var app = new PortalApp();
        var client = app.NewClient();
        await app.WithDbAsync(db => db.Database.EnsureDeletedAsync());

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unmigrated_database_with_start_up_migration_off_reports_unhealthy()
    {
        using var app = new PortalApp(settings: new() { ["Database:MigrateOnStartup"] = "false" });

        var response = await app.NewClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_page_gets_an_html_404_without_technical_details()
    {
        using var app = new PortalApp();

        var response = await app.NewClient().GetAsync("/no/such/page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("页面不存在", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_api_path_gets_404_problem_details()
    {
        using var app = new PortalApp();

        var response = await app.NewClient().GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
