extern alias cli;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ThreeAssets.Data;
using CliArgs = cli::ThreeAssets.Cli.CliArgs;
using DbCommand = cli::ThreeAssets.Cli.DbCommand;

namespace ThreeAssets.Web.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_create_every_table_of_the_model_on_the_test_database()
    {
        using var app = new PortalApp();
        var (expected, actual, pending) = await app.WithDbAsync(async db =>
        {
            var tables = await db.Database.SqlQueryRaw<string>(app.Provider == DatabaseProvider.PostgreSql
                ? "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'"
                : "SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();
            return (ModelTables(db), tables, (await db.Database.GetPendingMigrationsAsync()).ToList());
        });

        Assert.Empty(pending);
        Assert.Empty(expected.Except(actual));
        Assert.Contains("AuditEntries", actual);
        Assert.Contains("DataProtectionKeys", actual);
    }

    [Fact]
    public async Task Sql_server_script_creates_every_table_of_the_model()
    {
        var output = new StringWriter();
        var exit = await DbCommand.RunAsync(CliArgs.Parse(["script", "--provider", "SqlServer"]),
            new ConfigurationBuilder().Build(), Path.GetTempPath(), output);
        var script = output.ToString();

        using var db = new SqlServerDbContextFactory().CreateDbContext([]);
        Assert.Equal(0, exit);
        Assert.All(ModelTables(db), table => Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal));
        // Idempotent: every migration is guarded, so the script can be run against any version.
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("TR_AuditEntries_AppendOnly", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgreSql_script_creates_every_table_and_the_append_only_triggers()
    {
        var output = new StringWriter();
        var exit = await DbCommand.RunAsync(CliArgs.Parse(["script", "--provider", "PostgreSql"]),
            new ConfigurationBuilder().Build(), Path.GetTempPath(), output);
        var script = output.ToString();

        using var db = new PostgreSqlDbContextFactory().CreateDbContext([]);
        Assert.Equal(0, exit);
        Assert.All(ModelTables(db), table => Assert.Contains($"CREATE TABLE \"{table}\"", script, StringComparison.Ordinal));
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TRIGGER \"AuditEntries_no_update_delete\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_migration_set_matches_the_model()
    {
        using var sqlite = new SqliteDbContextFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDbContextFactory().CreateDbContext([]);
        using var postgreSql = new PostgreSqlDbContextFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "run dotnet ef migrations add for SqliteDbContext");
        Assert.False(sqlServer.Database.HasPendingModelChanges(), "run dotnet ef migrations add for SqlServerDbContext");
        Assert.False(postgreSql.Database.HasPendingModelChanges(), "run dotnet ef migrations add for PostgreSqlDbContext");
    }

    private static List<string> ModelTables(DbContext db) =>
        db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
}
