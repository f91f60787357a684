using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Demo;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Hosting;

/// <summary>The database at start-up: migrate (unless <c>Database:MigrateOnStartup=false</c>), then reference and demo data.</summary>
internal static class DatabaseSetup
{
    public static WebApplicationBuilder AddPortalDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddPortalDatabase(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddPortalSeeding(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Production with several web nodes sets MigrateOnStartup=false and runs <c>cli db migrate</c> once
    /// before a deployment, so that nodes do not race to migrate.
    /// </summary>
    public static async Task PreparePortalDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("ThreeAssets.Database");
        if (settings.MigrateOnStartup)
        {
            var applied = await scope.ServiceProvider.GetRequiredService<PortalDatabaseMigrator>().MigrateAsync();
            logger.MigrationsApplied(settings.Provider, applied.Count);
        }
        else
        {
            var pending = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetPendingMigrationsAsync();
            if (pending.Any())
            {
                // Start anyway so that /healthz can say what is wrong; seeding would only fail.
                logger.MigrationsPending(pending.Count());
                return;
            }
        }
        await scope.ServiceProvider.GetRequiredService<PortalSeeder>().SeedAsync();
    }
}
