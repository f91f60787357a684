using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Hosting;

/// <summary><c>/healthz</c>: 200 "Healthy" when the database answers, 503 "Unhealthy" otherwise (for the load balancer).</summary>
internal static class HealthChecks
{
    public static WebApplicationBuilder AddPortalHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication MapPortalHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/healthz").AllowAnonymous();
        return app;
    }
}

/// <summary>
/// Healthy only when the start-up work is done (retried here when it is not) and a real query answers. For
/// SQLite the query runs on a fresh, unpooled connection that may not create the file: an open pooled
/// connection would still answer from a file that has been deleted or renamed.
/// </summary>
internal sealed class DatabaseHealthCheck(PortalDbContext db, DatabaseAvailability availability) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await availability.TryPrepareAsync(throttle: false, cancellationToken))
                return HealthCheckResult.Unhealthy("database not prepared (unreachable, or migrations pending)");
            if (db.Database.IsSqlite())
                await QueryFreshSqliteConnectionAsync(db.Database.GetConnectionString()!, cancellationToken);
            else
                _ = await db.Villages.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
#pragma warning disable CA1031 // Any failure means unhealthy; the exception goes to the health log, not the client.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("database unavailable", e);
        }
    }

    private static async Task QueryFreshSqliteConnectionAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate) builder.Mode = SqliteOpenMode.ReadWrite;
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Villages";
        _ = await command.ExecuteScalarAsync(cancellationToken);
    }
}
