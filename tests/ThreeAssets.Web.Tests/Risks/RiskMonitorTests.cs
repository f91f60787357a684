using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Risks;

namespace ThreeAssets.Web.Tests.Risks;

/// <summary>Warnings are stored on publication, keep their identity and status through recomputations and corrections.</summary>
public sealed class RiskMonitorTests
{
    private static readonly Period October = Period.OfMonth(2026, 10);

    [Fact]
    public async Task A_publication_stores_its_warnings_with_the_publication_and_the_rows_as_evidence()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var id = await app.PublishFundsAsync(TestOrg.VillageA1, October, RiskWorld.CashAndSplit);

        var alerts = await app.AlertsAsync(TestOrg.VillageA1);
        Assert.Equal(["RISK-CASH", "RISK-SPLIT"], alerts.Select(a => a.Code).Order());
        var cash = alerts.Single(a => a.Code == "RISK-CASH");
        Assert.Equal((id, "2", RiskAlertStatus.Open, "2026-10"), (cash.PublicationId!.Value, cash.Rows!, cash.Status, cash.Period));
        Assert.Equal(("2,000.00", "1,000.00"), (cash.Value, cash.Threshold));
        Assert.Contains("用现金支付 2,000.00 元", cash.Message, StringComparison.Ordinal);
        var split = alerts.Single(a => a.Code == "RISK-SPLIT");
        Assert.Equal(("3,4", Core.Risks.RiskColour.Red), (split.Rows, split.Colour));
        Assert.Null(alerts.FirstOrDefault(a => a.ClearedAt is not null));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.RisksRecomputed && e.TargetId == TestOrg.VillageA1)));
    }

    [Fact]
    public async Task A_recomputation_changes_nothing_and_writes_nothing_when_the_data_did_not_change()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        await app.PublishFundsAsync(TestOrg.VillageA1, October, RiskWorld.CashAndSplit);
        var before = await app.AlertsAsync(TestOrg.VillageA1);
        var audits = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var village = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Villages.SingleAsync(v => v.Code == TestOrg.VillageA1);
            var result = await scope.ServiceProvider.GetRequiredService<RiskMonitor>().RecomputeVillageAsync(village.Id);
            Assert.Equal((0, 0), (result.Added, result.Cleared));
        }

        var after = await app.AlertsAsync(TestOrg.VillageA1);
        Assert.Equal(before.Select(a => (a.Id, a.Key, a.Rows, a.Status)), after.Select(a => (a.Id, a.Key, a.Rows, a.Status)));
        Assert.Equal(audits, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task A_correction_keeps_a_warnings_identity_and_decision_when_its_rows_move_and_clears_what_it_fixed()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        await app.PublishFundsAsync(TestOrg.VillageA1, October, RiskWorld.CashAndSplit);
        var cash = (await app.AlertsAsync(TestOrg.VillageA1)).Single(a => a.Code == "RISK-CASH");
        await app.WithDbAsync(async db =>
        {
            var alert = await db.RiskAlerts.SingleAsync(a => a.Id == cash.Id);
            alert.Status = RiskAlertStatus.Seen;
            await db.SaveChangesAsync();
        });

        // v2: a receipt added first (every row moves down one; the vouchers stay), and the split corrected into one approved payment.
        RiskWorld.Payment[] corrected =
        [
            new(1, 0, "收取利息", Payee: "银行", Income: 10_00, Voucher: "记-0"),
            .. RiskWorld.CashAndSplit.Select((p, i) => p with { Voucher = "记-" + (i + 1) }).Where(p => p.Payee != "赵六"),
            new(8, 5_500_00, "支付工程款（经审批）", Payee: "赵六"),
        ];
        var v2 = await app.PublishFundsAsync(TestOrg.VillageA1, October, corrected, "拆分的工程款合并为一笔");

        var alerts = await app.AlertsAsync(TestOrg.VillageA1);
        var kept = alerts.Single(a => a.Code == "RISK-CASH");
        Assert.Equal((cash.Id, RiskAlertStatus.Seen, v2, "3"), (kept.Id, kept.Status, kept.PublicationId!.Value, kept.Rows!));
        Assert.Null(kept.ClearedAt);
        Assert.NotNull(alerts.Single(a => a.Code == "RISK-SPLIT").ClearedAt);
    }
}
