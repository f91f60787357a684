using System.Globalization;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Risks;

/// <summary>
/// Contracts in the assets and resources registers: RISK-LONG, RISK-EXPIRED, RISK-ARREARS and RISK-NOBID per
/// row, RISK-LOWRENT against the township's median, and RISK-VANISH between consecutive asset snapshots.
/// </summary>
internal static class RegisterRisks
{
    // The schema names the modes and statuses; 对外发包 is the contracted mode that is not a lease.
    private const string Let = "对外发包", Lease = ResourcesSchema.LeaseMode, PrivateAgreement = "协议";

    /// <param name="latest">Each village's latest snapshot of each register.</param>
    public static void InSnapshots(List<RiskLedger> latest, DateOnly asOf, RiskThresholds limits, List<RiskWarning> warnings)
    {
        foreach (var ledger in latest)
        {
            foreach (var row in ledger.Rows.OfType<ResourceRow>())
            {
                // Household contracts end too, so they count for expiry (the term limits below skip them).
                var contracted = ResourcesSchema.ContractedModes.Contains(row.OperationMode) || row.OperationMode == "家庭承包";
                if (contracted) Term(ledger, row.SourceRow, row.Code, row.Name, row.OperationMode, row.ContractStart, row.ContractEnd, limits, warnings);
                if (contracted) Ending(ledger, row.SourceRow, row.Code, row.Name, row.ContractEnd, asOf, limits, warnings);
                if (row.ReceivableThisYear is { } due && due > (row.ReceivedThisYear ?? 0))
                {
                    var owed = due - (row.ReceivedThisYear ?? 0);
                    warnings.Add(RiskWarning.At(RiskRules.Arrears, ledger, [row.SourceRow], $"{row.Code}|{ledger.Period.End.Year}",
                        Money.Format(owed), "0.00",
                        $"第 {row.SourceRow} 行「{row.Name}」本年应收 {Money.Format(due)} 元，已收 {Money.Format(row.ReceivedThisYear ?? 0)} 元，欠 {Money.Format(owed)} 元。",
                        $"Row {row.SourceRow} \"{row.Name}\": {Money.Format(due)} yuan due this year, {Money.Format(row.ReceivedThisYear ?? 0)} received, {Money.Format(owed)} outstanding."));
                }
                if (row.TenderMethod == PrivateAgreement && row.AnnualFee >= limits.PrivateAgreementFee)
                {
                    warnings.Add(RiskWarning.At(RiskRules.NoBid, ledger, [row.SourceRow], row.Code,
                        Money.Format(row.AnnualFee.Value), Money.Format(limits.PrivateAgreementFee),
                        $"第 {row.SourceRow} 行「{row.Name}」年承包费 {Money.Format(row.AnnualFee.Value)} 元，以协议方式发包；{Money.Format(limits.PrivateAgreementFee)} 元以上的合同应公开竞价。",
                        $"Row {row.SourceRow} \"{row.Name}\": {Money.Format(row.AnnualFee.Value)} yuan a year let by private agreement; contracts from {Money.Format(limits.PrivateAgreementFee)} should be openly tendered."));
                }
            }
            foreach (var row in ledger.Rows.OfType<AssetRow>().Where(a => a.Status == AssetsSchema.LeasedStatus))
            {
                Term(ledger, row.SourceRow, row.Code, row.Name, Lease, row.LeaseStart, row.LeaseEnd, limits, warnings);
                Ending(ledger, row.SourceRow, row.Code, row.Name, row.LeaseEnd, asOf, limits, warnings);
            }
        }
        LowRent(latest.Where(l => l.Kind == LedgerKinds.Resources.Kind).ToList(), limits, warnings);
    }

    private static void Term(RiskLedger ledger, int sourceRow, string code, string name, string mode, DateOnly? start, DateOnly? end,
        RiskThresholds limits, List<RiskWarning> warnings)
    {
        var years = mode switch { Let => limits.MaxLetYears, Lease => limits.MaxLeaseYears, _ => 0 };
        if (years == 0 || start is not { } from || end is not { } to || to < from.AddYears(years)) return;
        var actual = (to.DayNumber - from.DayNumber) / 365.25;
        warnings.Add(RiskWarning.At(RiskRules.LongTerm, ledger, [sourceRow], code,
            actual.ToString("0.#", CultureInfo.InvariantCulture), years.ToString(CultureInfo.InvariantCulture),
            $"第 {sourceRow} 行「{name}」{mode}合同从 {Day(from)} 到 {Day(to)}，超过 {years} 年。",
            $"Row {sourceRow} \"{name}\": the {(mode == Let ? "contract" : "lease")} runs from {Day(from)} to {Day(to)}, more than {years} years."));
    }

    private static void Ending(RiskLedger ledger, int sourceRow, string code, string name, DateOnly? end, DateOnly asOf, RiskThresholds limits, List<RiskWarning> warnings)
    {
        if (end is not { } to || to > asOf.AddDays(limits.ExpiringDays)) return;
        var (zh, en) = to < asOf
            ? ($"合同已于 {Day(to)} 到期，台账中仍在承包或出租", $"the contract ended on {Day(to)} but is still listed as let")
            : ($"合同将于 {Day(to)} 到期（还有 {to.DayNumber - asOf.DayNumber} 天）", $"the contract ends on {Day(to)} (in {to.DayNumber - asOf.DayNumber} days)");
        warnings.Add(RiskWarning.At(RiskRules.Expired, ledger, [sourceRow], $"{code}|{Day(to)}",
            (to.DayNumber - asOf.DayNumber).ToString(CultureInfo.InvariantCulture), limits.ExpiringDays.ToString(CultureInfo.InvariantCulture), $"第 {sourceRow} 行「{name}」{zh}。", $"Row {sourceRow} \"{name}\": {en}."));
    }

    /// <summary>Per township and resource type, the median price per mu of paid contracts; needs three to mean anything.</summary>
    private static void LowRent(List<RiskLedger> resources, RiskThresholds limits, List<RiskWarning> warnings)
    {
        var priced = resources
            .SelectMany(l => l.Rows.OfType<ResourceRow>().Where(r => ResourcesSchema.ContractedModes.Contains(r.OperationMode)).Select(r => (Ledger: l, Row: r, Price: PricePerMu(r))))
            .Where(p => p.Price > 0)
            .GroupBy(p => (p.Ledger.Township, p.Row.Type));
        foreach (var group in priced)
        {
            var prices = group.Select(p => p.Price).Order().ToList();
            if (prices.Count < 3) continue;
            var share = (int)(limits.LowRentShare * 100);
            var median = prices.Count % 2 == 1 ? prices[prices.Count / 2] : (prices[prices.Count / 2 - 1] + prices[prices.Count / 2]) / 2;
            foreach (var (ledger, row, price) in group.Where(p => p.Price < median * limits.LowRentShare))
            {
                warnings.Add(RiskWarning.At(RiskRules.LowRent, ledger, [row.SourceRow], row.Code,
                    price.ToString("#,##0.00", CultureInfo.InvariantCulture), (median * limits.LowRentShare).ToString("#,##0.00", CultureInfo.InvariantCulture),
                    $"第 {row.SourceRow} 行「{row.Name}」每亩每年 {Money.Format(price)} 元，不到本乡镇{row.Type}中位数 {Money.Format(median)} 元的 {share}%。",
                    $"Row {row.SourceRow} \"{row.Name}\": {Money.Format(price)} yuan per mu a year, under {share}% of the township's median for {row.Type} ({Money.Format(median)})."));
            }
        }
    }

    private static decimal PricePerMu(ResourceRow row) =>
        row.UnitPrice is { } unit ? Money.ToYuan(unit) : row.AnnualFee is { } fee && row.AreaMu > 0 ? Math.Round(Money.ToYuan(fee) / row.AreaMu, 2) : 0;

    /// <summary>
    /// The registers against the cash book: what a resources register says a contractor paid this year (本年已收)
    /// must appear as income from that contractor in the village's funds ledgers. Judged interval by interval —
    /// from the previous snapshot of the same year (or 1 January) to this one — and only where the funds ledgers
    /// cover every month of the interval, since money received in a month nobody published cannot be checked.
    /// </summary>
    public static void Unreceived(IReadOnlyList<RiskLedger> snapshots, IReadOnlyList<RiskLedger> funds, List<RiskWarning> warnings)
    {
        var fundsByVillage = funds.ToLookup(l => (l.Township, l.Village));
        foreach (var village in snapshots.Where(l => l.Kind == LedgerKinds.Resources.Kind).GroupBy(l => (l.Township, l.Village)))
        {
            var books = fundsByVillage[village.Key].ToList();
            var months = books.SelectMany(b => MonthsOf(b.Period)).ToHashSet();
            var ordered = village.OrderBy(l => l.Period.End).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var snapshot = ordered[i];
                var year = snapshot.Period.End.Year;
                var previous = i > 0 && ordered[i - 1].Period.End.Year == year ? ordered[i - 1] : null;
                var from = previous?.Period.End.AddDays(1) ?? new DateOnly(year, 1, 1);
                var to = snapshot.Period.End;
                if (!Months(from, to).All(months.Contains)) continue;
                var before = previous?.Rows.OfType<ResourceRow>().GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.Sum(r => r.ReceivedThisYear ?? 0))
                    ?? new Dictionary<string, long>();
                var income = books.SelectMany(b => b.Rows.OfType<FundsRow>())
                    .Where(r => r.Income > 0 && r.Date >= from && r.Date <= to && !string.IsNullOrWhiteSpace(r.Counterparty)).ToList();
                foreach (var row in snapshot.Rows.OfType<ResourceRow>().Where(r => !string.IsNullOrWhiteSpace(r.Contractor)))
                {
                    var said = (row.ReceivedThisYear ?? 0) - before.GetValueOrDefault(row.Code);
                    if (said <= 0) continue;
                    var contractor = row.Contractor!.Trim();
                    var booked = income.Where(r => SameParty(r.Counterparty!, contractor)).Sum(r => r.Income);
                    if (booked >= said) continue;
                    warnings.Add(RiskWarning.At(RiskRules.Unreceived, snapshot, [row.SourceRow], $"{row.Code}|{contractor}|{Day(to)}",
                        Money.Format(booked), Money.Format(said),
                        $"第 {row.SourceRow} 行「{row.Name}」登记 {Day(from)} 至 {Day(to)} 收到「{contractor}」{Money.Format(said)} 元，资金台账同期只有来自该方的收入 {Money.Format(booked)} 元，差 {Money.Format(said - booked)} 元。",
                        $"Row {row.SourceRow} \"{row.Name}\": the register says \"{contractor}\" paid {Money.Format(said)} yuan from {Day(from)} to {Day(to)}; the funds ledgers show {Money.Format(booked)} from them, {Money.Format(said - booked)} short."));
                }
            }
        }
    }

    /// <summary>A journal's counterparty names the contractor when either contains the other ("张三" and "张三（承包户）").</summary>
    private static bool SameParty(string counterparty, string contractor)
    {
        var name = counterparty.Trim();
        return name.Contains(contractor, StringComparison.Ordinal) || (name.Length >= 2 && contractor.Contains(name, StringComparison.Ordinal));
    }

    private static IEnumerable<(int Year, int Month)> MonthsOf(Period period) => Months(period.Start, period.End);

    private static IEnumerable<(int Year, int Month)> Months(DateOnly from, DateOnly to)
    {
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
            yield return (month.Year, month.Month);
    }

    /// <summary>An asset in one snapshot, gone from the next without having been recorded as 已处置.</summary>
    public static void Vanished(List<RiskLedger> snapshots, List<RiskWarning> warnings)
    {
        for (var i = 1; i < snapshots.Count; i++)
        {
            var (before, after) = (snapshots[i - 1], snapshots[i]);
            var now = after.Rows.OfType<AssetRow>().Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in before.Rows.OfType<AssetRow>().Where(a => a.Status != AssetsSchema.DisposedStatus && !now.Contains(a.Code)))
            {
                warnings.Add(RiskWarning.At(RiskRules.Vanished, after, [], gone.Code, Money.Format(gone.NetValue), "—",
                    $"资产「{gone.Name}」（编号 {gone.Code}，净值 {Money.Format(gone.NetValue)} 元）在{before.Period.ToChinese()}台账中有，{after.Period.ToChinese()}台账中没有了，也没有记为已处置。",
                    $"Asset \"{gone.Name}\" ({gone.Code}, net value {Money.Format(gone.NetValue)} yuan) is in the {before.Period} register but not in {after.Period}, and was never recorded as disposed of."));
            }
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
