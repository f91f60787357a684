using System.Net;
using Microsoft.Data.Sqlite;

namespace ThreeAssets.Web.Tests.Hosting;

/// <summary>/healthz tells the truth about the database, and a missing database is a 503, never a crash (issue 16, item 8).</summary>
public sealed class DatabaseHealthTests
{
    [SqliteFact("the guard watches the SQLite database file")]
    public async Task Deleting_the_sqlite_file_while_running_turns_health_and_pages_into_503()
    {
        using var app = new PortalApp();
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        File.Delete(app.DatabasePath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("数据库", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Nothing was written to a new, empty file in its place.
        Assert.False(File.Exists(app.DatabasePath));
    }

    [SqliteFact("the guard watches the SQLite database file")]
    public async Task Renaming_the_sqlite_file_while_running_is_unhealthy_and_putting_it_back_heals()
    {
        using var app = new PortalApp();
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        File.Move(app.DatabasePath, app.DatabasePath + ".moved");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/api/v1/villages")).StatusCode);

        File.Move(app.DatabasePath + ".moved", app.DatabasePath);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/villages")).StatusCode);
    }

    [Fact]
    public async Task An_unreachable_database_at_start_up_answers_503_and_recovers_when_it_comes_back()
    {
        // The database's folder cannot be created while a file stands in its place.
        var folder = Path.Combine(Path.GetTempPath(), "threeassets-blocked-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(folder, "not a folder");
        var app = new PortalApp(databasePath: Path.Combine(folder, "portal.db"));
        try
        {
            var client = app.NewClient(); // today: the start-up migration throws and the host never starts
            var health = await client.GetAsync("/healthz");
            var page = await client.GetAsync("/");
            var api = await client.GetAsync("/api/v1/villages");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("数据库暂时无法连接", html, StringComparison.Ordinal);
            Assert.Contains("database", html, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

            File.Delete(folder);

            // The next health check retries the migrations and the seeding.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
        finally
        {
            if (File.Exists(folder)) File.Delete(folder);
            Directory.CreateDirectory(folder); // PortalApp deletes its files from there
            app.Dispose();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
