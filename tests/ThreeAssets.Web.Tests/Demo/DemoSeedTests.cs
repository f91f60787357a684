extern alias cli;

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using AdminCommand = cli::ThreeAssets.Cli.AdminCommand;
using CliArgs = cli::ThreeAssets.Cli.CliArgs;
using DbCommand = cli::ThreeAssets.Cli.DbCommand;

namespace ThreeAssets.Web.Tests.Demo;

public sealed class DemoSeedTests
{
    [Fact]
    public async Task Demo_district_loads_into_an_empty_database_when_enabled()
    {
        using var app = new PortalApp(demo: true);

        var district = await app.WithDbAsync(db => db.Districts.Include(d => d.Townships).ThenInclude(t => t.Villages).SingleAsync());

        Assert.Equal("3301", district.Code);
        Assert.Equal(3, district.Townships.Count);
        Assert.All(district.Townships, t => Assert.True(t.Villages.Count >= 4));
        var roles = await app.WithDbAsync(db => db.Users.Select(u => u.Role).Distinct().CountAsync());
        Assert.Equal(4, roles);
        Assert.Equal(42, await app.WithDbAsync(db => db.ChartAccounts.CountAsync()));
        // The sample ledgers go through the real pipeline, and their audit lines name who uploaded them.
        var uploads = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "submission.upload").Select(e => e.UserName).ToListAsync());
        Assert.Equal(75, uploads.Count);
        Assert.All(uploads, name => Assert.NotNull(name));
        Assert.Contains("accountant", uploads);
        var admin = await app.LoginAsync("admin", "demo-admin-2026");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/org")).StatusCode);
    }

    [Fact]
    public async Task Demo_district_is_not_loaded_when_disabled_but_the_chart_of_accounts_is()
    {
        using var app = new PortalApp(demo: false);

        Assert.False(await app.WithDbAsync(db => db.Districts.AnyAsync()));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync()));
        Assert.Equal(42, await app.WithDbAsync(db => db.ChartAccounts.CountAsync()));
    }

    [Fact]
    public async Task Demo_district_is_not_loaded_into_a_database_that_has_users()
    {
        var path = PortalApp.NewDatabasePath();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = $"Data Source={path}",
        }).Build();
        await DbCommand.RunAsync(CliArgs.Parse(["migrate"]), configuration, Path.GetTempPath(), TextWriter.Null);
        await AdminCommand.RunAsync(CliArgs.Parse(["create-user", "--name", "root", "--password", "real-password-1", "--role", "Admin"]),
            configuration, Path.GetTempPath(), TextWriter.Null);

        using var app = new PortalApp(demo: true, databasePath: path);

        Assert.False(await app.WithDbAsync(db => db.Districts.AnyAsync()));
        Assert.Equal(["root"], await app.WithDbAsync(db => db.Users.Select(u => u.UserName!).ToListAsync()));
    }
}
