using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;

namespace ThreeAssets.Cli;

/// <summary><c>db migrate</c> and <c>db script</c> (DESIGN §10). Production runs migrate before starting the web nodes.</summary>
internal static class DbCommand
{
    public const string Usage = """
        usage: threeassets db migrate
               threeassets db script [--provider SqlServer|Sqlite|PostgreSql]
               threeassets db verify-chain
          migrate applies the pending migrations of the configured database.
          script prints the SQL of every migration of a provider (default: the configured one); for SqlServer and
                 PostgreSql it is idempotent (safe on a database at any version), for Sqlite it starts from an empty database.
                 It needs no running server, so a DBA can review and apply it.
          verify-chain recomputes every publication's hash from its stored rows and checks each village's hash
                 chain; exit 0 when intact, 1 when broken (every break is printed).
        """ + "\n" + CliConfiguration.Help;

    public static Task<int> RunAsync(CliArgs args) =>
        RunAsync(args, CliConfiguration.Load(), CliConfiguration.ContentRoot(), Console.Out);

    public static async Task<int> RunAsync(CliArgs args, IConfiguration configuration, string contentRoot, TextWriter output)
    {
        switch (args.Positional.Count > 0 ? args.Positional[0] : null)
        {
            case "script":
                var providerText = args.Option("provider") ?? configuration["Database:Provider"] ?? "Sqlite";
                DatabaseProvider provider;
                try { provider = DatabaseSettings.ParseProvider(providerText); }
                catch (InvalidOperationException e) { throw new UsageException(e.Message); }
                await output.WriteAsync(PortalDatabaseMigrator.GenerateScript(provider));
                return 0;
            case "migrate":
                return await MigrateAsync(configuration, contentRoot, output);
            case "verify-chain":
                return await VerifyChainCommand.RunAsync(args, configuration, contentRoot, output);
            default:
                throw new UsageException(Usage);
        }
    }

    private static async Task<int> MigrateAsync(IConfiguration configuration, string contentRoot, TextWriter output)
    {
        await using var services = CliConfiguration.BuildServices(configuration, contentRoot);
        await using var scope = services.CreateAsyncScope();
        try
        {
            var applied = await scope.ServiceProvider.GetRequiredService<PortalDatabaseMigrator>().MigrateAsync();
            await output.WriteLineAsync(applied.Count == 0
                ? "database is up to date (数据库已是最新)"
                : $"applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return 0;
        }
        catch (DbException e)
        {
            throw new UsageException($"无法迁移数据库 (cannot migrate the database): {e.Message}");
        }
    }
}
