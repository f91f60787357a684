using ThreeAssets.Data;
using ThreeAssets.Data.Seed;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Demo;

/// <summary>Registration of the seeders and the start-up banner with the URLs and demo logins.</summary>
internal static class DemoSetup
{
    /// <summary>
    /// The README's demo logins belong to a developer's machine (Development, which <c>dotnet run</c> uses through
    /// launchSettings.json) or to an explicit <c>Demo:Enabled=true</c> outside Production; an explicitly enabled demo
    /// in Production gets random passwords.
    /// </summary>
    public static IServiceCollection AddPortalSeeding(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(sp =>
        {
            var provider = sp.GetRequiredService<DatabaseSettings>().Provider;
            var enabled = bool.TryParse(configuration["Demo:Enabled"], out var on) ? on
                : environment.IsDevelopment() && provider == DatabaseProvider.Sqlite;
            return new DemoSettings(enabled, RandomPasswords: environment.IsProduction());
        });
        services.AddSingleton<DemoLogins>();
        services.AddSingleton<SeedDataFolder>();
        services.AddScoped<PortalSeeder>();
        services.AddScoped<IDemoLedgerSeeder, DemoLedgerSeeder>();
        return services;
    }

    /// <summary>Prints where the portal listens and, in demo mode with the published passwords, who can log in.</summary>
    public static WebApplication PrintStartupBanner(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            // One write, so that the banner is not interleaved with the host's own start-up lines.
            var banner = new System.Text.StringBuilder();
            banner.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                $"ThreeAssets portal 三资公开平台: {(app.Urls.Count > 0 ? string.Join("  ", app.Urls) : "(test server)")}");
            var file = app.Services.GetRequiredService<SeedDataFolder>().File("demo-district.json");
            var demo = app.Services.GetRequiredService<DemoSettings>();
            // Random passwords were printed by the seeder when it created the accounts, once.
            if (demo.Enabled && !demo.RandomPasswords && file is not null && File.Exists(file))
            {
                banner.AppendLine("Demo logins 演示账号 (user / password / role / scope):");
                foreach (var u in DemoDistrict.Load(file).Users)
                    banner.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                        $"  {u.UserName,-12} {u.Password,-22} {u.Role,-11} {string.Join(',', u.Scopes)}");
            }
            Console.Write(banner.ToString());
        });
        return app;
    }
}
