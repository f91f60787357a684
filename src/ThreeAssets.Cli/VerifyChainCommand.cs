using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;
using ThreeAssets.Data.Integrity;

namespace ThreeAssets.Cli;

/// <summary>
/// <c>db verify-chain</c>: recomputes every publication's content hash from its stored rows and checks
/// the per-village hash chain (DESIGN §4), then the audit log's own hash chain and that every publication it
/// recorded is still there unchanged, each village's newest included. Exit 0 when intact, 1 when anything is
/// broken (each break is printed with the publication id and village, or the audit entry, and what differs),
/// 2 when the database cannot be read. The audit head is printed so that an operator can note it elsewhere:
/// a later head with a smaller sequence means the log's own tail was cut.
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
        var audit = report.Audit;
        foreach (var b in audit.Breaks)
            await output.WriteLineAsync($"BROKEN audit entry {b.EntryId} (sequence {b.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "none"}): {b.Problem} / {b.ProblemZh}");
        await output.WriteLineAsync(report.Breaks.Count == 0
            ? $"chain intact: {report.Publications} publication(s) of {report.Villages} village(s) verified (哈希链完整)"
            : $"chain BROKEN: {report.Breaks.Count} problem(s) in {report.Publications} publication(s) (哈希链有断点)");
        var head = audit.Head is { } h ? $"head {h.Sequence} {h.Hash}" : "no head yet";
        await output.WriteLineAsync(audit.Intact
            ? $"audit chain intact: {audit.Chained} entr(ies) chained, {audit.Unchained} from before the chain, {head} (审计日志链完整)"
            : $"audit chain BROKEN: {audit.Breaks.Count} problem(s) in {audit.Chained} chained entr(ies), {head} (审计日志链有断点)");
        return report.Intact ? 0 : 1;
    }
}
