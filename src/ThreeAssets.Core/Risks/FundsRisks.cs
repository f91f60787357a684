using System.Globalization;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Risks;

/// <summary>RISK-CASH, RISK-SPLIT and RISK-HOSP within a funds ledger; RISK-DUP across a village's funds ledgers.</summary>
internal static class FundsRisks
{
    public static void InLedger(RiskLedger ledger, RiskThresholds limits, List<RiskWarning> warnings)
    {
        var payments = ledger.Rows.OfType<FundsRow>().Where(r => r.Expense > 0).ToList();
        foreach (var row in payments)
        {
            if (row.Expense >= limits.CashPayment && row.Settlement?.Contains("现金", StringComparison.Ordinal) == true)
            {
                warnings.Add(RiskWarning.At(RiskRules.Cash, ledger, row.SourceRow,
                    $"第 {row.SourceRow} 行「{row.Summary}」用现金支付 {Money.Format(row.Expense)} 元，达到 {Money.Format(limits.CashPayment)} 元，大额支付应当转账。",
                    $"Row {row.SourceRow} \"{row.Summary}\": {Money.Format(row.Expense)} yuan paid in cash, at least {Money.Format(limits.CashPayment)}; large payments should go through the bank."));
            }
            if (limits.HospitalityWords.FirstOrDefault(w => row.Summary.Contains(w, StringComparison.Ordinal)) is { } word)
            {
                warnings.Add(RiskWarning.At(RiskRules.Hospitality, ledger, row.SourceRow,
                    $"第 {row.SourceRow} 行「{row.Summary}」含「{word}」，支出 {Money.Format(row.Expense)} 元。",
                    $"Row {row.SourceRow} \"{row.Summary}\" mentions {word}: {Money.Format(row.Expense)} yuan spent."));
            }
        }
        foreach (var day in payments.Where(r => Payee(r) is not null && r.Expense < limits.ApprovalThreshold).GroupBy(r => (Payee(r), r.Date)))
        {
            var rows = day.ToList();
            var total = rows.Sum(r => r.Expense);
            if (rows.Count < 2 || total <= limits.ApprovalThreshold) continue;
            var list = string.Join("、", rows.Select(r => r.SourceRow.ToString(CultureInfo.InvariantCulture)));
            warnings.Add(RiskWarning.At(RiskRules.Split, ledger, rows[0].SourceRow,
                $"{day.Key.Date:yyyy-MM-dd} 向「{day.Key.Item1}」支付 {rows.Count} 笔，每笔都低于审批线 {Money.Format(limits.ApprovalThreshold)} 元，合计 {Money.Format(total)} 元（第 {list} 行）。",
                $"On {day.Key.Date:yyyy-MM-dd}, {rows.Count} payments to \"{day.Key.Item1}\", each under the approval threshold of {Money.Format(limits.ApprovalThreshold)} yuan, {Money.Format(total)} in all (rows {list.Replace("、", ", ", StringComparison.Ordinal)})."));
        }
    }

    /// <summary>The same payee and amount again within the window: the later payment is the one to explain.</summary>
    public static void Duplicates(List<RiskLedger> villageLedgers, RiskThresholds limits, List<RiskWarning> warnings)
    {
        var payments = villageLedgers
            .SelectMany(l => l.Rows.OfType<FundsRow>().Where(r => r.Expense > 0 && Payee(r) is not null).Select(r => (Ledger: l, Row: r)))
            .GroupBy(p => (Payee(p.Row), p.Row.Expense));
        foreach (var same in payments)
        {
            var ordered = same.OrderBy(p => p.Row.Date).ThenBy(p => p.Ledger.Period.End).ThenBy(p => p.Row.SourceRow).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var (earlier, later) = (ordered[i - 1], ordered[i]);
                var days = later.Row.Date.DayNumber - earlier.Row.Date.DayNumber;
                if (days > limits.DuplicateDays) continue;
                var where = earlier.Ledger == later.Ledger ? $"第 {earlier.Row.SourceRow} 行" : $"{earlier.Ledger.Period.ToChinese()}台账第 {earlier.Row.SourceRow} 行";
                var whereEn = earlier.Ledger == later.Ledger ? $"row {earlier.Row.SourceRow}" : $"row {earlier.Row.SourceRow} of the {earlier.Ledger.Period} ledger";
                warnings.Add(RiskWarning.At(RiskRules.Duplicate, later.Ledger, later.Row.SourceRow,
                    $"第 {later.Row.SourceRow} 行向「{same.Key.Item1}」支付 {Money.Format(same.Key.Expense)} 元，{days} 天前（{where}）已付过同样的金额。",
                    $"Row {later.Row.SourceRow}: {Money.Format(same.Key.Expense)} yuan to \"{same.Key.Item1}\", the same amount paid {days} days earlier ({whereEn})."));
            }
        }
    }

    private static string? Payee(FundsRow row) => string.IsNullOrWhiteSpace(row.Counterparty) ? null : row.Counterparty.Trim();
}
