using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ThreeAssets.Data;

/// <summary>Registers the portal's database the same way for the web app and the CLI.</summary>
public static class PortalDatabaseRegistration
{
    /// <summary>
    /// Adds <see cref="PortalDbContext"/> (resolved as the configured provider's context), the
    /// <see cref="PortalDatabaseMigrator"/> and data-protection keys stored in the database, so that
    /// cookies written by one web node are read by the others.
    /// </summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var settings = DatabaseSettings.From(configuration, contentRoot);
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.SqlServer)
            services.AddDbContext<PortalDbContext, SqlServerDbContext>(settings.Apply);
        else
            services.AddDbContext<PortalDbContext, SqliteDbContext>(settings.Apply);
        services.AddScoped<PortalDatabaseMigrator>();
        services.AddDataProtection()
            .SetApplicationName("ThreeAssets")
            .PersistKeysToDbContext<PortalDbContext>();
        return services;
    }
}
