using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Risks;

/// <summary>Funds ledgers written for risk tests: chosen payments, balances that add up, published through the real pipeline.</summary>
public static class RiskWorld
{
    public const long Opening = 100_000_00;

    public sealed record Payment(int Day, long Expense, string Summary = "支付材料费", string Settlement = "银行转账", string Payee = "某公司", long Income = 0, string? Voucher = null);

    public static (List<FundsRow> Rows, FundsSummary Summary) Funds(Period period, params Payment[] payments)
    {
        var balance = Opening;
        var rows = new List<FundsRow>();
        for (var i = 0; i < payments.Length; i++)
        {
            var p = payments[i];
            balance += p.Income - p.Expense;
            var (code, name) = p.Income > 0 ? ("501", "经营收入") : ("511", "经营支出");
            rows.Add(new FundsRow(0, new DateOnly(period.Start.Year, period.Start.Month, p.Day), p.Voucher ?? "记-" + (i + 1), p.Summary, code, name,
                p.Income, p.Expense, balance, p.Settlement, p.Payee, "张会计", "李主任", 1));
        }
        return (rows, new FundsSummary(Opening, payments.Sum(p => p.Income), payments.Sum(p => p.Expense), balance));
    }

    public static Task<long> PublishFundsAsync(this PortalApp app, string village, Period period, Payment[] payments, string? correction = null)
    {
        var (rows, summary) = Funds(period, payments);
        return app.PublishAsync(village, LedgerKind.Funds, period.ToString(), rows, summary, correction);
    }

    public static Task<List<RiskAlert>> AlertsAsync(this PortalApp app, string village) => app.WithDbAsync(db =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.RiskAlerts.Where(a => a.Village.Code == village && a.Code != "RISK-LATE").OrderBy(a => a.Id)));

    /// <summary>A cash payment of 2,000 元 to 王五 and a split to 赵六 (3,000 + 2,500 on one day): two warnings.</summary>
    public static readonly Payment[] CashAndSplit =
    [
        new(3, 0, "收取承包费", Payee: "承包户", Income: 20_000_00),
        new(5, 2_000_00, "支付劳务费", "现金", "王五"),
        new(8, 3_000_00, "支付工程款", Payee: "赵六"),
        new(8, 2_500_00, "支付工程款", Payee: "赵六"),
        new(20, 800_00, "购买办公用品", Payee: "文具店"),
    ];
}
