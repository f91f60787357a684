using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Risks;

/// <summary>
/// RISK-LATE over a set of ledgers: each village owes every period of each kind (DuePeriods) from the
/// month in which the first period the set holds for it ends — its disclosure start, as the portal has
/// one per village: a folder that begins with Q2 registers and June funds owes Q2 and June, not April.
/// An owed period past its due day with no ledger is late. Where the portal knows a village's real disclosure
/// start, that is used instead. Funds are monthly for a village whose set
/// holds a monthly funds ledger, quarterly otherwise.
/// </summary>
internal static class LateRisks
{
    public static void Missing(IReadOnlyList<RiskLedger> ledgers, DateOnly asOf,
        IReadOnlyDictionary<(string Township, string Village), DisclosureSchedule>? schedules, List<RiskWarning> warnings)
    {
        var byVillage = ledgers.ToLookup(l => (l.Township, l.Village));
        var villages = byVillage.Select(g => g.Key).Union(schedules?.Keys ?? []).ToList();
        foreach (var key in villages)
        {
            var village = byVillage[key].ToList();
            var held = village.Select(l => (l.Kind, l.Period)).ToHashSet();
            DateOnly start;
            bool monthly;
            if (schedules?.GetValueOrDefault(key) is { } schedule)
                (start, monthly) = (new DateOnly(schedule.Start.Year, schedule.Start.Month, 1), schedule.MonthlyFunds);
            else
            {
                var firstEnd = village.Min(l => l.Period.End);
                start = new DateOnly(firstEnd.Year, firstEnd.Month, 1);
                monthly = village.Any(l => !LedgerKinds.Of(l.Kind).IsSnapshot && !l.Period.IsQuarter);
            }
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
                        var overdue = asOf.DayNumber - DuePeriods.DueDate(period).DayNumber;
                        warnings.Add(new RiskWarning(RiskRules.Late, key.Township, key.Village, kind, period, null, [],
                            period.ToString(), overdue.ToString(System.Globalization.CultureInfo.InvariantCulture), "0",
                            $"{period.ToChinese()}{schema.Title}应在 {due} 前公开，没有找到。",
                            $"The {period} {schema.TitleEn} was due by {due} and is missing."));
                    }
                }
            }
        }
    }
}

/// <summary>What a village owes, as the portal knows it: from which month, and whether its funds are monthly.</summary>
public sealed record DisclosureSchedule(DateOnly Start, bool MonthlyFunds);
