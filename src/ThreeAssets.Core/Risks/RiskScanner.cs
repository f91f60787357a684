using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Risks;

/// <summary>One ledger as the risk rules see it: whose, which period, its rows, and the file it came from.</summary>
/// <param name="Rows">The kind's typed rows (FundsRow for funds, and so on).</param>
public sealed record RiskLedger(string Township, string Village, LedgerKind Kind, Period Period, IReadOnlyList<ILedgerRow> Rows, string? File = null);

/// <summary>
/// A risk found: the rule; the ledger it is anchored to and its evidence rows there (1-based sheet rows; a
/// warning about a village rather than a row has none); what was measured beside the threshold it crossed;
/// and what, in words.
/// </summary>
/// <param name="Subject">
/// What the warning is about, independent of row numbers and of which snapshot carries it (a payment's date,
/// voucher and amount; a contract's resource code; a payee), so that a recomputation finds the same warning
/// again and keeps its status, and a corrected ledger that removes the cause clears it.
/// </param>
/// <param name="Value">The computed value, as it is compared (e.g. "6,000.00" 元, "22" years, "41%").</param>
/// <param name="Threshold">The threshold it crossed, in the same unit.</param>
public sealed record RiskWarning(RiskRule Rule, string Township, string Village, LedgerKind Kind, Period Period, string? File,
    IReadOnlyList<int> Rows, string Subject, string Value, string Threshold, string Message, string MessageEn)
{
    /// <summary>The first evidence row (the scan's JSON carries one).</summary>
    public int? Row => Rows.Count > 0 ? Rows[0] : null;

    internal static RiskWarning At(RiskRule rule, RiskLedger ledger, IReadOnlyList<int> rows, string subject, string value, string threshold,
        string message, string messageEn) =>
        new(rule, ledger.Township, ledger.Village, ledger.Kind, ledger.Period, ledger.File, rows, subject, value, threshold, message, messageEn);
}

/// <summary>
/// Runs every risk rule that needs no residents' data over a set of ledgers — one village's, or a whole
/// district's as an inspector receives them: per row (cash, hospitality, contracts), across a village's
/// ledgers (splits over two days, payments near the limit, duplicates, concentration, the registers against
/// the cash book, vanished assets, missing periods) and across a township (rent medians). Registers are
/// judged by each village's latest snapshot, so a risk that persists is reported once, not per quarter.
/// </summary>
public static class RiskScanner
{
    /// <param name="schedules">What each village owes (by township and village) where that is known, as the portal
    /// knows it, including villages that hold nothing yet; otherwise RISK-LATE counts from the first period the set holds.</param>
    public static IReadOnlyList<RiskWarning> Run(IReadOnlyList<RiskLedger> ledgers, DateOnly asOf, RiskThresholds? thresholds = null,
        IReadOnlyDictionary<(string Township, string Village), DisclosureSchedule>? schedules = null)
    {
        var limits = thresholds ?? RiskThresholds.Default;
        var warnings = new List<RiskWarning>();
        var funds = ledgers.Where(l => l.Kind == LedgerKinds.Funds.Kind).ToList();
        foreach (var ledger in funds)
            FundsRisks.InLedger(ledger, limits, warnings);
        foreach (var village in funds.GroupBy(l => (l.Township, l.Village)))
            FundsRisks.AcrossLedgers(village.OrderBy(l => l.Period.End).ToList(), limits, warnings);

        var latest = ledgers.Where(l => LedgerKinds.Of(l.Kind).IsSnapshot)
            .GroupBy(l => (l.Township, l.Village, l.Kind)).Select(g => g.MaxBy(l => l.Period.End)!).ToList();
        RegisterRisks.InSnapshots(latest, asOf, limits, warnings);
        RegisterRisks.Unreceived(ledgers.Where(l => l.Kind == LedgerKinds.Resources.Kind).ToList(), funds, warnings);
        foreach (var village in ledgers.Where(l => l.Kind == LedgerKinds.Assets.Kind).GroupBy(l => (l.Township, l.Village)))
            RegisterRisks.Vanished(village.OrderBy(l => l.Period.End).ToList(), warnings);
        LateRisks.Missing(ledgers, asOf, schedules, warnings);

        return warnings
            .OrderBy(w => w.Township, StringComparer.Ordinal).ThenBy(w => w.Village, StringComparer.Ordinal)
            .ThenBy(w => w.Kind).ThenBy(w => w.Period.End).ThenBy(w => w.Row ?? 0).ThenBy(w => w.Rule.Code, StringComparer.Ordinal)
            .ToList();
    }
}
