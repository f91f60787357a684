using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Risks;

/// <summary>One ledger as the risk rules see it: whose, which period, its rows, and the file it came from.</summary>
/// <param name="Rows">The kind's typed rows (FundsRow for funds, and so on).</param>
public sealed record RiskLedger(string Township, string Village, LedgerKind Kind, Period Period, IReadOnlyList<ILedgerRow> Rows, string? File = null);

/// <summary>A risk found: the rule, where (ledger and 1-based sheet row, when one row is the evidence), and what, in words.</summary>
public sealed record RiskWarning(RiskRule Rule, string Township, string Village, LedgerKind Kind, Period Period, string? File, int? Row,
    string Message, string MessageEn)
{
    internal static RiskWarning At(RiskRule rule, RiskLedger ledger, int? row, string message, string messageEn) =>
        new(rule, ledger.Township, ledger.Village, ledger.Kind, ledger.Period, ledger.File, row, message, messageEn);
}

/// <summary>
/// Runs every risk rule that needs no residents' data over a set of ledgers — one village's, or a whole
/// district's as an inspector receives them: per row (cash, hospitality, contracts), across a village's
/// ledgers (duplicates, vanished assets, missing periods) and across a township (rent medians). Registers
/// are judged by each village's latest snapshot, so a risk that persists is reported once, not per quarter.
/// </summary>
public static class RiskScanner
{
    public static IReadOnlyList<RiskWarning> Run(IReadOnlyList<RiskLedger> ledgers, DateOnly asOf, RiskThresholds? thresholds = null)
    {
        var limits = thresholds ?? RiskThresholds.Default;
        var warnings = new List<RiskWarning>();
        var funds = ledgers.Where(l => l.Kind == LedgerKinds.Funds.Kind).ToList();
        foreach (var ledger in funds)
            FundsRisks.InLedger(ledger, limits, warnings);
        foreach (var village in funds.GroupBy(l => (l.Township, l.Village)))
            FundsRisks.Duplicates(village.ToList(), limits, warnings);

        var latest = ledgers.Where(l => LedgerKinds.Of(l.Kind).IsSnapshot)
            .GroupBy(l => (l.Township, l.Village, l.Kind)).Select(g => g.MaxBy(l => l.Period.End)!).ToList();
        RegisterRisks.InSnapshots(latest, asOf, limits, warnings);
        foreach (var village in ledgers.Where(l => l.Kind == LedgerKinds.Assets.Kind).GroupBy(l => (l.Township, l.Village)))
            RegisterRisks.Vanished(village.OrderBy(l => l.Period.End).ToList(), warnings);
        LateRisks.Missing(ledgers, asOf, warnings);

        return warnings
            .OrderBy(w => w.Township, StringComparer.Ordinal).ThenBy(w => w.Village, StringComparer.Ordinal)
            .ThenBy(w => w.Kind).ThenBy(w => w.Period.End).ThenBy(w => w.Row ?? 0).ThenBy(w => w.Rule.Code, StringComparer.Ordinal)
            .ToList();
    }
}
