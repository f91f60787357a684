using System.Globalization;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Risks;

/// <summary>
/// RISK-CASH and RISK-HOSP per row of a funds ledger; RISK-SPLIT, RISK-NEARLIMIT, RISK-DUP and RISK-CONCENTRATION
/// across a village's funds ledgers, because a split over the 31st and the 1st, or a quarter's payments, span
/// two monthly files.
/// </summary>
internal static class FundsRisks
{
    private readonly record struct Payment(RiskLedger Ledger, FundsRow Row)
    {
        public string? Payee => string.IsNullOrWhiteSpace(Row.Counterparty) ? null : Row.Counterparty.Trim();

        /// <summary>A payment as a warning's subject: the same date, voucher and amount in a corrected version is the same payment.</summary>
        public string Key => $"{Row.Date:yyyy-MM-dd}|{Row.Voucher}|{Row.Expense}";
    }

    public static void InLedger(RiskLedger ledger, RiskThresholds limits, List<RiskWarning> warnings)
    {
        foreach (var row in ledger.Rows.OfType<FundsRow>().Where(r => r.Expense > 0))
        {
            var key = new Payment(ledger, row).Key;
            if (row.Expense >= limits.CashPayment && row.Settlement?.Contains("现金", StringComparison.Ordinal) == true)
            {
                warnings.Add(RiskWarning.At(RiskRules.Cash, ledger, [row.SourceRow], key, Money.Format(row.Expense), Money.Format(limits.CashPayment),
                    $"第 {row.SourceRow} 行「{row.Summary}」用现金支付 {Money.Format(row.Expense)} 元，达到 {Money.Format(limits.CashPayment)} 元，大额支付应当转账。",
                    $"Row {row.SourceRow} \"{row.Summary}\": {Money.Format(row.Expense)} yuan paid in cash, at least {Money.Format(limits.CashPayment)}; large payments should go through the bank."));
            }
            if (limits.HospitalityWords.FirstOrDefault(w => row.Summary.Contains(w, StringComparison.Ordinal)) is { } word)
            {
                warnings.Add(RiskWarning.At(RiskRules.Hospitality, ledger, [row.SourceRow], key, Money.Format(row.Expense), word,
                    $"第 {row.SourceRow} 行「{row.Summary}」含「{word}」，支出 {Money.Format(row.Expense)} 元。",
                    $"Row {row.SourceRow} \"{row.Summary}\" mentions {word}: {Money.Format(row.Expense)} yuan spent."));
            }
        }
    }

    /// <param name="village">One village's funds ledgers, in period order.</param>
    public static void AcrossLedgers(List<RiskLedger> village, RiskThresholds limits, List<RiskWarning> warnings)
    {
        var payments = village.SelectMany(l => l.Rows.OfType<FundsRow>().Where(r => r.Expense > 0).Select(r => new Payment(l, r)))
            .OrderBy(p => p.Row.Date).ThenBy(p => p.Ledger.Period.End).ThenBy(p => p.Row.SourceRow).ToList();
        Splits(payments, limits, warnings);
        NearLimit(payments, limits, warnings);
        Duplicates(payments, limits, warnings);
        Concentration(payments, limits, warnings);
    }

    /// <summary>Payments to one payee on one day or two consecutive days, each under the approval threshold and together over it.</summary>
    private static void Splits(List<Payment> payments, RiskThresholds limits, List<RiskWarning> warnings)
    {
        foreach (var payee in payments.Where(p => p.Payee is not null && p.Row.Expense < limits.ApprovalThreshold).GroupBy(p => p.Payee!))
        {
            var list = payee.ToList();
            for (var i = 0; i < list.Count;)
            {
                var first = list[i].Row.Date;
                var window = list.Skip(i).TakeWhile(p => p.Row.Date.DayNumber - first.DayNumber <= 1).ToList();
                var total = window.Sum(p => p.Row.Expense);
                if (window.Count < 2 || total <= limits.ApprovalThreshold)
                {
                    i += list.Skip(i).TakeWhile(p => p.Row.Date == first).Count();
                    continue;
                }
                i += window.Count;
                var anchor = window[0].Ledger;
                var days = window[^1].Row.Date == first ? $"{first:yyyy-MM-dd}" : $"{first:yyyy-MM-dd} 至 {window[^1].Row.Date:yyyy-MM-dd}";
                var daysEn = window[^1].Row.Date == first ? $"On {first:yyyy-MM-dd}" : $"On {first:yyyy-MM-dd} and {window[^1].Row.Date:yyyy-MM-dd}";
                warnings.Add(RiskWarning.At(RiskRules.Split, anchor, Rows(window, anchor), $"{payee.Key}|{first:yyyy-MM-dd}",
                    Money.Format(total), Money.Format(limits.ApprovalThreshold),
                    $"{days} 向「{payee.Key}」支付 {window.Count} 笔，每笔都低于审批线 {Money.Format(limits.ApprovalThreshold)} 元，合计 {Money.Format(total)} 元（{Where(window, anchor)}）。",
                    $"{daysEn}, {window.Count} payments to \"{payee.Key}\", each under the approval threshold of {Money.Format(limits.ApprovalThreshold)} yuan, {Money.Format(total)} in all ({WhereEn(window, anchor)})."));
            }
        }
    }

    /// <summary>Several payments in one calendar quarter just under the approval threshold, to anyone.</summary>
    private static void NearLimit(List<Payment> payments, RiskThresholds limits, List<RiskWarning> warnings)
    {
        var floor = (long)Math.Ceiling(limits.ApprovalThreshold * limits.NearLimitShare);
        var share = (int)(limits.NearLimitShare * 100);
        foreach (var quarter in payments.Where(p => p.Row.Expense >= floor && p.Row.Expense <= limits.ApprovalThreshold)
                     .GroupBy(p => Period.OfQuarter(p.Row.Date.Year, (p.Row.Date.Month + 2) / 3)))
        {
            var near = quarter.ToList();
            if (near.Count < limits.NearLimitCount) continue;
            var anchor = near[^1].Ledger;
            warnings.Add(RiskWarning.At(RiskRules.NearLimit, anchor, Rows(near, anchor), quarter.Key.ToString(),
                near.Count.ToString(CultureInfo.InvariantCulture), limits.NearLimitCount.ToString(CultureInfo.InvariantCulture),
                $"{quarter.Key.ToChinese()}有 {near.Count} 笔支付在审批线 {Money.Format(limits.ApprovalThreshold)} 元的 {share}%～100% 之间（{Where(near, anchor)}）。",
                $"{near.Count} payments in {quarter.Key} between {share}% and 100% of the approval threshold of {Money.Format(limits.ApprovalThreshold)} yuan ({WhereEn(near, anchor)})."));
        }
    }

    /// <summary>The same payee and amount again within the window: the later payment is the one to explain.</summary>
    private static void Duplicates(List<Payment> payments, RiskThresholds limits, List<RiskWarning> warnings)
    {
        foreach (var same in payments.Where(p => p.Payee is not null).GroupBy(p => (p.Payee, p.Row.Expense)))
        {
            var ordered = same.ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var (earlier, later) = (ordered[i - 1], ordered[i]);
                var days = later.Row.Date.DayNumber - earlier.Row.Date.DayNumber;
                if (days > limits.DuplicateDays) continue;
                var where = earlier.Ledger == later.Ledger ? $"第 {earlier.Row.SourceRow} 行" : $"{earlier.Ledger.Period.ToChinese()}台账第 {earlier.Row.SourceRow} 行";
                var whereEn = earlier.Ledger == later.Ledger ? $"row {earlier.Row.SourceRow}" : $"row {earlier.Row.SourceRow} of the {earlier.Ledger.Period} ledger";
                var rows = earlier.Ledger == later.Ledger ? new[] { later.Row.SourceRow, earlier.Row.SourceRow } : [later.Row.SourceRow];
                warnings.Add(RiskWarning.At(RiskRules.Duplicate, later.Ledger, rows, later.Key,
                    days.ToString(CultureInfo.InvariantCulture), limits.DuplicateDays.ToString(CultureInfo.InvariantCulture),
                    $"第 {later.Row.SourceRow} 行向「{same.Key.Payee}」支付 {Money.Format(same.Key.Expense)} 元，{days} 天前（{where}）已付过同样的金额。",
                    $"Row {later.Row.SourceRow}: {Money.Format(same.Key.Expense)} yuan to \"{same.Key.Payee}\", the same amount paid {days} days earlier ({whereEn})."));
            }
        }
    }

    /// <summary>
    /// One payee's share of the village's expenses over the 12 months up to the end of its latest funds ledger.
    /// Reported on that ledger, so the warning follows the village's newest disclosure and keeps its identity (the payee).
    /// </summary>
    private static void Concentration(List<Payment> payments, RiskThresholds limits, List<RiskWarning> warnings)
    {
        if (payments.Count == 0) return;
        var latest = payments.MaxBy(p => p.Ledger.Period.End).Ledger;
        var from = latest.Period.End.AddMonths(-12);
        var window = payments.Where(p => p.Row.Date > from && p.Row.Date <= latest.Period.End).ToList();
        var total = window.Sum(p => p.Row.Expense);
        if (total == 0) return;
        foreach (var payee in window.Where(p => p.Payee is not null).GroupBy(p => p.Payee!))
        {
            var paid = payee.Sum(p => p.Row.Expense);
            var share = (decimal)paid / total;
            if (share < limits.ConcentrationShare || paid < limits.ConcentrationAmount) continue;
            var percent = (int)Math.Round(share * 100);
            var limit = (int)(limits.ConcentrationShare * 100);
            var first = window[0].Row.Date;
            warnings.Add(RiskWarning.At(RiskRules.Concentration, latest, Rows(payee.ToList(), latest), payee.Key,
                percent.ToString(CultureInfo.InvariantCulture) + "%", limit.ToString(CultureInfo.InvariantCulture) + "%",
                $"{first:yyyy-MM-dd} 至 {latest.Period.End:yyyy-MM-dd}，「{payee.Key}」收到 {Money.Format(paid)} 元，占本村全部支出 {Money.Format(total)} 元的 {percent}%（{payee.Count()} 笔）。",
                $"From {first:yyyy-MM-dd} to {latest.Period.End:yyyy-MM-dd}, \"{payee.Key}\" received {Money.Format(paid)} yuan, {percent}% of the village's {Money.Format(total)} spent ({payee.Count()} payments)."));
        }
    }

    private static int[] Rows(IEnumerable<Payment> payments, RiskLedger anchor) =>
        payments.Where(p => p.Ledger == anchor).Select(p => p.Row.SourceRow).ToArray();

    /// <summary>"第 5、6 行", with rows of other ledgers named by their period.</summary>
    private static string Where(IReadOnlyList<Payment> payments, RiskLedger anchor) =>
        string.Join("；", payments.GroupBy(p => p.Ledger).Select(g =>
            (g.Key == anchor ? "" : g.Key.Period.ToChinese() + "台账") + $"第 {string.Join("、", g.Select(p => p.Row.SourceRow))} 行"));

    private static string WhereEn(IReadOnlyList<Payment> payments, RiskLedger anchor) =>
        string.Join("; ", payments.GroupBy(p => p.Ledger).Select(g =>
            $"rows {string.Join(", ", g.Select(p => p.Row.SourceRow))}" + (g.Key == anchor ? "" : $" of the {g.Key.Period} ledger")));
}
