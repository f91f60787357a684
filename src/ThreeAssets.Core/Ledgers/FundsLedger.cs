using System.Globalization;
using ThreeAssets.Core.Privacy;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Validation;
using F = ThreeAssets.Core.Ledgers.FundsSchema;

namespace ThreeAssets.Core.Ledgers;

/// <summary>资金收支明细 as a kind: transactions in the period, monthly or quarterly, with opening and totals rows.</summary>
internal static class FundsLedger
{
    public static readonly LedgerDescriptor<FundsRow> Descriptor = new(F.Schema)
    {
        ShortName = "资金收支",
        NoticeTitle = "资金收支公开",
        IsSnapshot = false,
        MarkerColumn = F.Summary,
        TemplateNotes =
        [
            "上期余额：在第一笔业务上面加一行，「摘要」写“期初余额”（或“上月结转”），「余额」填上期期末余额。",
            "合计行：「摘要」写“本月合计”（季度表每月一行，最后写“本季合计”），系统会核对合计数。",
            "每一行只填「收入金额」或「支出金额」中的一个；支出请填写「审批人」。",
        ],
        LeadingColumns = ["date", "summary", "income", "expense", "balance", "counterparty", "accountName"],
        Filters =
        [
            RowFilter.Of<FundsRow>("month", "月份",
                rows => rows.Select(f => f.Date.Month).Distinct().Order().Select(m => m.ToString(CultureInfo.InvariantCulture)).Select(m => (m, m)),
                (f, month) => f.Date.Month.ToString(CultureInfo.InvariantCulture) == month) with { OptionFormat = "{0} 月" },
            RowFilter.Of<FundsRow>("account", "科目",
                rows => rows.GroupBy(f => f.AccountCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, $"{g.Key} {g.First().AccountName}")),
                (f, code) => f.AccountCode.StartsWith(code, StringComparison.Ordinal)),
            RowFilter.Of<FundsRow>("flow", "收入或支出",
                _ => [("income", "只看收入"), ("expense", "只看支出")],
                (f, flow) => (flow != "income" || f.Income > 0) && (flow != "expense" || f.Expense > 0)) with { TranslatesOptions = true },
        ],
        Cells = Cell,
        Masked = f => f with
        {
            Voucher = PublicRows.Text(f, F.Voucher)!,
            Summary = PublicRows.Text(f, F.Summary)!,
            AccountCode = PublicRows.Text(f, F.AccountCode)!,
            AccountName = PublicRows.Text(f, F.AccountName),
            Counterparty = PublicRows.Text(f, F.Counterparty),
            Handler = PublicRows.Text(f, F.Handler),
            Approver = PublicRows.Text(f, F.Approver),
        },
        Key = f => string.Create(CultureInfo.InvariantCulture, $"{f.Voucher}|{f.Date:yyyy-MM-dd}"),
        Description = f => string.Create(CultureInfo.InvariantCulture, $"{f.Date:yyyy-MM-dd} {f.Voucher} {f.Summary}"),
        // The figures stored with the publication, not sums of the rows: the opening balance is in no row.
        Sums = (_, summary) =>
        [
            new("期初余额", summary?.Opening), new("本期收入", summary?.Income),
            new("本期支出", summary?.Expense), new("期末余额", summary?.Closing),
        ],
        Carried = (_, summary) => summary is { } s ? new PreviousPublication(ClosingBalance: s.Closing) : null,
        NewChecks = context => new FundsChecks(context),
    };

    private static object? Cell(FundsRow r, string key) => key switch
    {
        "date" => r.Date,
        "voucher" => r.Voucher,
        "summary" => r.Summary,
        "accountCode" => r.AccountCode,
        "accountName" => r.AccountName,
        "income" => LedgerCells.Yuan(r.Income == 0 && r.Expense != 0 ? null : r.Income),
        "expense" => LedgerCells.Yuan(r.Expense == 0 && r.Income != 0 ? null : r.Expense),
        "balance" => LedgerCells.Yuan(r.Balance),
        "settlement" => r.Settlement,
        "counterparty" => r.Counterparty,
        "handler" => r.Handler,
        "approver" => r.Approver,
        "attachments" => r.Attachments,
        _ => throw Descriptor.UnknownColumn(key),
    };
}
