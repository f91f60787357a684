using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;
using ThreeAssets.Data.Integrity;

namespace ThreeAssets.Cli;

/// <summary>
/// <c>db verify-chain</c>: recomputes every publication's content hash from its stored rows and checks
/// the per-village hash chain (DESIGN §4). Exit 0 when intact, 1 when anything is broken (each break is
/// printed with the publication id, the village and what differs), 2 when the database cannot be read.
/// </summary>
internal static class VerifyChainCommand
{
    public static Task<int> RunAsync(CliArgs args) =>
        RunAsync(args, CliConfiguration.Load(), CliConfiguration.ContentRoot(), Console.Out);

    public static async Task<int> RunAsync(CliArgs args, IConfiguration configuration, string contentRoot, TextWriter output)
    {
        await using var services = CliConfiguration.BuildServices(configuration, contentRoot);
        await using var scope = services.CreateAsyncScope();
        ChainReport report;
        try
        {
            report = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().VerifyAsync();
        }
        catch (DbException e)
        {
            throw new UsageException($"无法读取数据库 (cannot read the database): {e.Message}");
        }

        foreach (var b in report.Breaks)
            await output.WriteLineAsync($"BROKEN publication {b.PublicationId} (village {b.VillageCode}): {b.Problem} / {b.ProblemZh}");
        await output.WriteLineAsync(report.Intact
            ? $"chain intact: {report.Publications} publication(s) of {report.Villages} village(s) verified (哈希链完整)"
            : $"chain BROKEN: {report.Breaks.Count} problem(s) in {report.Publications} publication(s) (哈希链有断点)");
        return report.Intact ? 0 : 1;
    }
}
