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
    /// The SQL of every migration of <paramref name="provider"/>: idempotent for SQL Server, from an empty
    /// database for SQLite. Needs no live server: the script is generated from the migration classes alone.
    /// </summary>
    public static string GenerateScript(DatabaseProvider provider)
    {
        var settings = provider == DatabaseProvider.SqlServer
            ? new DatabaseSettings(provider, "Server=.;Database=ThreeAssets;Integrated Security=true", false)
            : new DatabaseSettings(provider, "Data Source=:memory:", false);
        using var context = settings.CreateContext();
        // EF cannot make SQLite scripts idempotent (SQLite has no IF); that script runs from an empty database.
        return context.GetService<IMigrator>().GenerateScript(options: provider == DatabaseProvider.SqlServer
            ? MigrationsSqlGenerationOptions.Idempotent
            : MigrationsSqlGenerationOptions.Default);
    }

    private static void EnsureSqliteFolder(string? connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
