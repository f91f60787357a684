using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThreeAssets.Data;

/// <summary>Applies migrations (web start-up and <c>cli db migrate</c>) and scripts them (<c>cli db script</c>).</summary>
public sealed class PortalDatabaseMigrator(PortalDbContext db)
{
    /// <summary>Brings the database to the latest migration; creates the SQLite file's folder first.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
            EnsureSqliteFolder(db.Database.GetConnectionString());
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    /// <summary>
    /// The SQL of every migration of <paramref name="provider"/>: idempotent for SQL Server and PostgreSQL, from
    /// an empty database for SQLite. Needs no live server: the script is generated from the migration classes alone.
    /// </summary>
    public static string GenerateScript(DatabaseProvider provider)
    {
        var settings = new DatabaseSettings(provider, provider switch
        {
            DatabaseProvider.SqlServer => "Server=.;Database=ThreeAssets;Integrated Security=true",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=threeassets",
            _ => "Data Source=:memory:",
        }, false);
        using var context = settings.CreateContext();
        // EF cannot make SQLite scripts idempotent (SQLite has no IF); that script runs from an empty database.
        return context.GetService<IMigrator>().GenerateScript(options: provider == DatabaseProvider.Sqlite
            ? MigrationsSqlGenerationOptions.Default
            : MigrationsSqlGenerationOptions.Idempotent);
    }

    private static void EnsureSqliteFolder(string? connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
