using ThreeAssets.Core.Ledgers;
using ThreeAssets.Documents.Layout;
using static ThreeAssets.Documents.Notices.NoticeText;

namespace ThreeAssets.Documents.Notices;

/// <summary>Tables of a funds notice: key figures, the transactions with running balance, and totals by account.</summary>
internal static class FundsNotice
{
    private sealed record Line(FundsRow Row, long Balance);

    private static readonly Column<Line>[] Ledger =
    [
        new("日期", 32, l => l.Row.Date.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new("凭证号", 36, l => l.Row.Voucher),
        new("摘要", 112, l => l.Row.Summary),
        new("科目", 92, l => $"{l.Row.AccountCode} {l.Row.AccountName}".Trim()),
        new("收入", 56, l => AmountOrBlank(l.Row.Income), AlignRight: true),
        new("支出", 56, l => AmountOrBlank(l.Row.Expense), AlignRight: true),
        new("余额", 60, l => Amount(l.Balance), AlignRight: true),
        new("对方单位或个人", 76, l => l.Row.Counterparty ?? ""),
    ];

    private static readonly Column<(string Code, string Name, long Income, long Expense, int Count)>[] ByAccount =
    [
        new("科目编码", 60, a => a.Code),
        new("科目名称", 150, a => a.Name),
        new("笔数", 40, a => Count(a.Count), AlignRight: true),
        new("收入", 90, a => AmountOrBlank(a.Income), AlignRight: true),
        new("支出", 90, a => AmountOrBlank(a.Expense), AlignRight: true),
    ];

    public static IEnumerable<TableBlock> Tables(NoticeDocument n)
    {
        var summary = n.FundsSummary
            ?? throw new ArgumentException("A funds notice needs FundsSummary (opening and closing balance).", nameof(n));
        var unit = $"（单位：元；{n.Period.ToChinese()}）";

        yield return new TableBlock("本期收支概况" + unit,
            [new("期初余额", 1, true), new("本期收入", 1, true), new("本期支出", 1, true), new("期末余额", 1, true)],
            [new([Amount(summary.Opening), Amount(summary.Income), Amount(summary.Expense), Amount(summary.Closing)])]);

        var rows = new List<TableRow> { Ledger.Row(true, ("摘要", "期初余额"), ("余额", Amount(summary.Opening))) };
        rows.AddRange(LedgerRows(n, summary.Opening));
        rows.Add(Ledger.Row(true, ("摘要", $"本期合计（{Count(n.RowsOf<FundsRow>().Count)} 笔）"),
            ("收入", Amount(summary.Income)), ("支出", Amount(summary.Expense)), ("余额", Amount(summary.Closing))));
        yield return new TableBlock("收支明细" + unit, Ledger.Columns(), rows);

        var accounts = n.RowsOf<FundsRow>()
            .GroupBy(r => r.AccountCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(r => r.AccountName).FirstOrDefault(x => !string.IsNullOrWhiteSpace(x)) ?? "",
                g.Sum(r => r.Income), g.Sum(r => r.Expense), g.Count()))
            .ToList();
        yield return ByAccount.ToTable("按科目汇总" + unit, accounts,
            after: [ByAccount.Row(true, ("科目名称", "合计"), ("笔数", Count(n.RowsOf<FundsRow>().Count)),
                ("收入", Amount(summary.Income)), ("支出", Amount(summary.Expense)))]);
    }

    // The ledger's own balance column is optional; where a row has none, the running balance is shown.
    // A quarter closes each month with a 本月合计 row, as a paper ledger does, so a resident can follow
    // the quarter month by month.
    private static IEnumerable<TableRow> LedgerRows(NoticeDocument n, long opening)
    {
        var balance = opening;
        FundsRow? previous = null;
        long income = 0, expense = 0;
        var count = 0;
        foreach (var row in n.RowsOf<FundsRow>())
        {
            if (n.Period.IsQuarter && previous is not null && previous.Date.Month != row.Date.Month)
            {
                yield return MonthTotal(previous.Date.Month, count, income, expense, balance);
                (income, expense, count) = (0, 0, 0);
            }
            balance = row.Balance ?? balance + row.Income - row.Expense;
            (income, expense, count, previous) = (income + row.Income, expense + row.Expense, count + 1, row);
            yield return Ledger.RowFor(new Line(row, balance));
        }
        if (n.Period.IsQuarter && previous is not null)
            yield return MonthTotal(previous.Date.Month, count, income, expense, balance);
    }

    private static TableRow MonthTotal(int month, int count, long income, long expense, long balance) =>
        Ledger.Row(true, ("摘要", $"{Count(month)}月合计（{Count(count)} 笔）"),
            ("收入", Amount(income)), ("支出", Amount(expense)), ("余额", Amount(balance)));
}
