using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Risks;

/// <summary>
/// RISK-LATE over a set of ledgers: each village owes every period of each kind (DuePeriods) from the
/// month in which the first period the set holds for it ends — its disclosure start, as the portal has
/// one per village: a folder that begins with Q2 registers and June funds owes Q2 and June, not April.
/// An owed period past its due day with no ledger is late. Funds are monthly for a village whose set
/// holds a monthly funds ledger, quarterly otherwise.
/// </summary>
internal static class LateRisks
{
    public static void Missing(IReadOnlyList<RiskLedger> ledgers, DateOnly asOf, List<RiskWarning> warnings)
    {
        foreach (var village in ledgers.GroupBy(l => (l.Township, l.Village)))
        {
            var held = village.Select(l => (l.Kind, l.Period)).ToHashSet();
            var firstEnd = village.Min(l => l.Period.End);
            var start = new DateOnly(firstEnd.Year, firstEnd.Month, 1);
            var monthly = village.Any(l => !LedgerKinds.Of(l.Kind).IsSnapshot && !l.Period.IsQuarter);
            foreach (var ledger in LedgerKinds.All)
            {
                var (kind, schema) = (ledger.Kind, ledger.Schema);
                for (var year = start.Year; year <= asOf.Year; year++)
                {
                    foreach (var period in DuePeriods.OfYear(kind, monthly, year))
                    {
                        // The portal's own rule for 逾期 (owed, past due, nothing published), with "held" for "published".
                        if (held.Contains((kind, period)) || DuePeriods.StateOf(period, null, asOf, start) != DueState.Late) continue;
                        var due = DuePeriods.DueDate(period).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                        warnings.Add(new RiskWarning(RiskRules.Late, village.Key.Township, village.Key.Village, kind, period, null, null,
                            $"{period.ToChinese()}{schema.Title}应在 {due} 前公开，没有找到。",
                            $"The {period} {schema.TitleEn} was due by {due} and is missing."));
                    }
                }
            }
        }
    }
}
