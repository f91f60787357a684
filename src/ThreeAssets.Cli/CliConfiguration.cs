using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThreeAssets.Data;

namespace ThreeAssets.Cli;

/// <summary>
/// The admin and db commands read the same configuration keys as the web app, so that they open the
/// same database: see <see cref="Help"/>. Nothing is read from the web project's folder.
/// </summary>
internal static class CliConfiguration
{
    public const string Help = """
        Configuration (same keys as the web app):
          1. the CLI's own appsettings.json and appsettings.{environment}.json, beside the program;
          2. appsettings.json and appsettings.{environment}.json in the current directory (a published app's folder);
             environment = DOTNET_ENVIRONMENT or ASPNETCORE_ENVIRONMENT, default Production;
          3. environment variables: Database__Provider (Sqlite|SqlServer|PostgreSql), ConnectionStrings__Default.
        Without a connection string, SQLite uses App_Data/threeassets.db under the web app's content root: run from
        the repository root, the same file that `dotnet run --project src/ThreeAssets.Web` uses; elsewhere, under
        the current directory.
        """;

    /// <summary>The content root the web app would have when started from here.</summary>
    public static string ContentRoot() => ContentRoot(Directory.GetCurrentDirectory());

    public static string ContentRoot(string currentDirectory) => PortalContentRoot.Locate(currentDirectory);

    public static IConfiguration Load() => Load(Directory.GetCurrentDirectory());

    /// <summary>The layers of <see cref="Help"/>, with <paramref name="currentDirectory"/> as the current directory.</summary>
    public static IConfiguration Load(string currentDirectory)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        var builder = new ConfigurationBuilder();
        foreach (var folder in new[] { AppContext.BaseDirectory, currentDirectory }.Select(Path.GetFullPath).Distinct())
        {
            builder.AddJsonFile(Path.Combine(folder, "appsettings.json"), optional: true)
                .AddJsonFile(Path.Combine(folder, $"appsettings.{environment}.json"), optional: true);
        }
        return builder.AddEnvironmentVariables().Build();
    }

    /// <summary>The services the commands need: the database and Identity's user manager, no web host.</summary>
    public static ServiceProvider BuildServices(IConfiguration configuration, string contentRoot)
    {
        var services = new ServiceCollection();
        // Identity logs at Warning when a password is rejected; the command prints the reason itself.
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Error));
        try { services.AddPortalDatabase(configuration, contentRoot); }
        catch (InvalidOperationException e) { throw new UsageException(e.Message); }
        services.AddPortalIdentityCore();
        return services.BuildServiceProvider();
    }
}
