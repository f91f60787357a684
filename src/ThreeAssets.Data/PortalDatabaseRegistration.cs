using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ThreeAssets.Data;

/// <summary>Registers the portal's database the same way for the web app and the CLI.</summary>
public static class PortalDatabaseRegistration
{
    /// <summary>
    /// Adds <see cref="PortalDbContext"/> (resolved as the configured provider's context), the
    /// <see cref="PortalDatabaseMigrator"/>, the <see cref="IInterceptor"/>s registered before this call, and data-protection keys stored in the database, so that
    /// cookies written by one web node are read by the others.
    /// </summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var settings = DatabaseSettings.From(configuration, contentRoot);
        services.AddSingleton(settings);
        // Interceptors the host registers (the web app's cache eviction) join every context.
        void Configure(IServiceProvider provider, DbContextOptionsBuilder options)
        {
            settings.Apply(options);
            options.AddInterceptors(provider.GetServices<IInterceptor>());
        }
        switch (settings.Provider)
        {
            case DatabaseProvider.SqlServer: services.AddDbContext<PortalDbContext, SqlServerDbContext>(Configure); break;
            case DatabaseProvider.PostgreSql: services.AddDbContext<PortalDbContext, PostgreSqlDbContext>(Configure); break;
            default: services.AddDbContext<PortalDbContext, SqliteDbContext>(Configure); break;
        }
        services.AddScoped<PortalDatabaseMigrator>();
        services.AddDataProtection()
            .SetApplicationName("ThreeAssets")
            .PersistKeysToDbContext<PortalDbContext>();
        return services;
    }
}
