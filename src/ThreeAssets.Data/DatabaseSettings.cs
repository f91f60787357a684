using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace ThreeAssets.Data;

/// <summary>Which database engine the portal runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>
/// The database part of the configuration, shared by the web app and the CLI:
/// <c>Database:Provider</c> (Sqlite, the default, SqlServer or PostgreSql), <c>ConnectionStrings:Default</c>
/// (required for the server engines; for Sqlite it defaults to App_Data/threeassets.db under the content root)
/// and <c>Database:MigrateOnStartup</c> (default true).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration["Database:Provider"];
        var provider = ParseProvider(string.IsNullOrWhiteSpace(providerText) ? "Sqlite" : providerText);
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
                throw new InvalidOperationException(
                    $"Database:Provider is {provider} but ConnectionStrings:Default is empty " +
                    $"(数据库为 {provider} 时必须配置 ConnectionStrings:Default).");
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(contentRoot, "App_Data", "threeassets.db"),
            }.ToString();
        }
        var migrate = !bool.TryParse(configuration["Database:MigrateOnStartup"], out var m) || m;
        return new DatabaseSettings(provider, connectionString, migrate);
    }

    public static DatabaseProvider ParseProvider(string text) =>
        Enum.TryParse<DatabaseProvider>(text.Trim(), ignoreCase: true, out var p) && Enum.IsDefined(p)
            ? p
            : throw new InvalidOperationException(
                $"Unknown database provider '{text}': use Sqlite, SqlServer or PostgreSql (未知的数据库类型，请使用 Sqlite、SqlServer 或 PostgreSql).");

    /// <summary>Applies the provider to an options builder of the matching context.</summary>
    public void Apply(DbContextOptionsBuilder options)
    {
        switch (Provider)
        {
            case DatabaseProvider.SqlServer: options.UseSqlServer(ConnectionString); break;
            case DatabaseProvider.PostgreSql: options.UseNpgsql(ConnectionString); break;
            default: options.UseSqlite(ConnectionString); break;
        }
    }

    /// <summary>Creates a context of the configured provider, for the CLI and tools outside DI.</summary>
    public PortalDbContext CreateContext() => Provider switch
    {
        DatabaseProvider.SqlServer => new SqlServerDbContext(Options<SqlServerDbContext>()),
        DatabaseProvider.PostgreSql => new PostgreSqlDbContext(Options<PostgreSqlDbContext>()),
        _ => new SqliteDbContext(Options<SqliteDbContext>()),
    };

    private DbContextOptions<T> Options<T>() where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        Apply(builder);
        return builder.Options;
    }
}
