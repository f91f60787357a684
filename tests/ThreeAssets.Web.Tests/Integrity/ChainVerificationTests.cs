extern alias cli;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Data.Integrity;
using ThreeAssets.Web.Tests.Features.Review;
using ThreeAssets.Web.Tests.Ledgers;
using CliArgs = cli::ThreeAssets.Cli.CliArgs;
using DbCommand = cli::ThreeAssets.Cli.DbCommand;

namespace ThreeAssets.Web.Tests.Integrity;

/// <summary>The hash chain recomputed from stored rows: intact after real publications, broken by any edit behind the portal's back.</summary>
public sealed class ChainVerificationTests
{
    private static async Task<(PortalApp App, List<long> Publications)> PublishSeveralAsync()
    {
        var app = new PortalApp();
        await app.SeedOrgAsync();
        var accountant = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1, TestOrg.VillageA2);
        var reviewer = await app.CreateUserAsync("chen", PortalRole.Reviewer, TestOrg.TownshipA);
        var submissions = new List<long>
        {
            await app.SubmitFundsAsync(TestOrg.VillageA1, "2026-09", accountant.Id),
            await app.SubmitAsync(TestOrg.VillageA1, LedgerKind.Assets, "2026-Q3", accountant.Id,
                await ReviewSeeding.RegisterWorkbookAsync(TestOrg.VillageA1, LedgerKind.Assets, "2026-Q3")),
            await app.SubmitFundsAsync(TestOrg.VillageA2, "2026-09", accountant.Id),
            await app.SubmitAsync(TestOrg.VillageA1, LedgerKind.Resources, "2026-Q3", accountant.Id,
                await ReviewSeeding.RegisterWorkbookAsync(TestOrg.VillageA1, LedgerKind.Resources, "2026-Q3")),
        };
        var publications = new List<long>();
        foreach (var id in submissions)
            publications.Add((await app.ApproveAsync(id, reviewer.Id)).Publication!.Id);
        // A correction of the first funds ledger, so that a superseded version is part of the chain too.
        var corrected = await ReviewSeeding.FundsWorkbookAsync(TestOrg.VillageA1, "2026-09",
            change: rows => [.. rows.Select((r, i) => i == 1 ? r with { Handler = "杨海涛" } : r)]);
        var correction = await app.SubmitAsync(TestOrg.VillageA1, LedgerKind.Funds, "2026-09", accountant.Id, corrected);
        publications.Add((await app.ApproveAsync(correction, reviewer.Id, "经手人录错")).Publication!.Id);
        return (app, publications);
    }

    private static Task TamperAsync(PortalApp app, string sql) =>
        Tampering.ExecuteAsync(app, sql, "FundsEntries_no_update", "Publications_no_update");

    private static async Task<(int Exit, string Output)> CliAsync(PortalApp app)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = app.Provider.ToString(),
            ["ConnectionStrings:Default"] = app.ConnectionString,
        }).Build();
        var output = new StringWriter();
        // Through `db`, as `threeassets db verify-chain` runs it.
        var exit = await DbCommand.RunAsync(CliArgs.Parse(["verify-chain"]), configuration, Path.GetTempPath(), output);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task Chain_verifies_after_publications_across_kinds_villages_and_a_correction()
    {
        var (app, publications) = await PublishSeveralAsync();
        using var _ = app;

        var report = await app.WithDbAsync(db => db.VerifyAsync());

        Assert.True(report.Intact, string.Join("\n", report.Breaks.Select(b => b.Problem)));
        Assert.Equal((5, 2), (report.Publications, report.Villages));
        var cli = await CliAsync(app);
        Assert.Equal(0, cli.Exit);
        Assert.Contains("chain intact: 5 publication(s) of 2 village(s)", cli.Output, StringComparison.Ordinal);
        Assert.Contains("audit chain intact:", cli.Output, StringComparison.Ordinal);
        // The audit log recorded each publication with its content hash.
        Assert.Equal(publications.Order(), report.Audit.Publications.Select(r => r.PublicationId).Order());
    }

    [Fact]
    public async Task A_tampered_row_is_detected_at_its_publication()
    {
        var (app, publications) = await PublishSeveralAsync();
        using var _ = app;

        await TamperAsync(app, $"UPDATE \"FundsEntries\" SET \"Expense\" = \"Expense\" + 100 WHERE \"PublicationId\" = {publications[2]} AND \"RowNo\" = 3 AND \"Expense\" > 0;" +
            $"UPDATE \"FundsEntries\" SET \"Income\" = \"Income\" + 100 WHERE \"PublicationId\" = {publications[2]} AND \"RowNo\" = 3 AND \"Income\" > 0;");
        var report = await app.WithDbAsync(db => db.VerifyAsync());

        Assert.False(report.Intact);
        Assert.All(report.Breaks, b => Assert.Equal((publications[2], TestOrg.VillageA2), (b.PublicationId, b.VillageCode)));
        Assert.Contains(report.Breaks, b => b.Problem.Contains("stored data was changed", StringComparison.Ordinal));
        var cli = await CliAsync(app);
        Assert.Equal(1, cli.Exit);
        Assert.Contains($"BROKEN publication {publications[2]} (village {TestOrg.VillageA2})", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rewritten_hash_breaks_the_link_to_the_next_publication()
    {
        var (app, publications) = await PublishSeveralAsync();
        using var _ = app;

        // Whoever changes a row and then rewrites that publication's hash to match still breaks the chain after it.
        await TamperAsync(app, $"UPDATE \"Publications\" SET \"ContentHash\" = '{new string('0', 64)}' WHERE \"Id\" = {publications[0]};");
        var report = await app.WithDbAsync(db => db.VerifyAsync());

        Assert.Contains(report.Breaks, b => b.PublicationId == publications[0] && b.Problem.Contains("hash to", StringComparison.Ordinal));
        Assert.Contains(report.Breaks, b => b.PublicationId == publications[1] && b.Problem.StartsWith("previous hash", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deleting_a_villages_latest_publication_is_caught_through_the_audit_log()
    {
        var (app, publications) = await PublishSeveralAsync();
        using var _ = app;
        var latest = publications[^1];

        // The correction is village A1's newest publication: nothing later links to it, so the publications' own chain
        // still verifies without it. Its rows, its notice, its warnings and the submission's pointer go with it.
        await Tampering.ExecuteAsync(app,
            $"DELETE FROM \"RiskAlerts\" WHERE \"PublicationId\" = {latest};" +
            $"DELETE FROM \"FundsEntries\" WHERE \"PublicationId\" = {latest};" +
            $"DELETE FROM \"PublicationNotices\" WHERE \"PublicationId\" = {latest};" +
            $"UPDATE \"Submissions\" SET \"PublicationId\" = NULL WHERE \"PublicationId\" = {latest};" +
            $"DELETE FROM \"Publications\" WHERE \"Id\" = {latest};",
            "FundsEntries_no_delete", "PublicationNotices_no_delete", "Publications_no_delete");
        var report = await app.WithDbAsync(db => db.VerifyAsync());

        Assert.False(report.Intact);
        Assert.True(report.Audit.Intact);
        Assert.All(report.Breaks, b => Assert.Equal((latest, TestOrg.VillageA1), (b.PublicationId, b.VillageCode)));
        Assert.Contains(report.Breaks, b => b.Problem.Contains("no longer exists", StringComparison.Ordinal));
        Assert.Contains(report.Breaks, b => b.Problem.Contains("the chain's tail was removed", StringComparison.Ordinal));
        var cli = await CliAsync(app);
        Assert.Equal(1, cli.Exit);
        Assert.Contains($"BROKEN publication {latest} (village {TestOrg.VillageA1})", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_audit_entry_edited_behind_the_portals_back_breaks_the_audit_chain()
    {
        var (app, _) = await PublishSeveralAsync();
        using var __ = app;
        var approval = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "submission.approve")
            .OrderBy(e => e.Sequence).Select(e => new { e.Id, e.Sequence }).FirstAsync());

        // Who approved is what an insider would want to rewrite.
        await Tampering.ExecuteAsync(app,
            $"UPDATE \"AuditEntries\" SET \"UserName\" = 'someone-else' WHERE \"Id\" = {approval.Id};", "AuditEntries_no_update");
        var report = await app.WithDbAsync(db => db.VerifyAsync());

        Assert.False(report.Intact);
        var broken = Assert.Single(report.Audit.Breaks);
        Assert.Equal((approval.Id, approval.Sequence), (broken.EntryId, broken.Sequence));
        Assert.Contains("the entry was changed", broken.Problem, StringComparison.Ordinal);
        var cli = await CliAsync(app);
        Assert.Equal(1, cli.Exit);
        Assert.Contains($"BROKEN audit entry {approval.Id} (sequence {approval.Sequence})", cli.Output, StringComparison.Ordinal);
        Assert.Contains("audit chain BROKEN", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_audit_entry_removed_from_the_middle_leaves_a_gap()
    {
        var (app, _) = await PublishSeveralAsync();
        using var __ = app;
        var upload = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "submission.upload")
            .OrderBy(e => e.Sequence).Select(e => e.Sequence!.Value).FirstAsync());

        await Tampering.ExecuteAsync(app, $"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = {upload};", "AuditEntries_no_delete");
        var report = await app.WithDbAsync(db => db.VerifyAuditAsync());

        Assert.Contains(report.Breaks, b => b.Sequence == upload + 1 && b.Problem.Contains("entries were removed", StringComparison.Ordinal));
        Assert.Contains(report.Breaks, b => b.Sequence == upload + 1 && b.Problem.StartsWith("previous hash", StringComparison.Ordinal));
    }
}
