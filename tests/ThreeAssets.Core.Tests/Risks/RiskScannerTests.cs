using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Risks;

namespace ThreeAssets.Core.Tests.Risks;

/// <summary>Each risk rule fires on the pattern it looks for and stays silent just short of it.</summary>
public sealed class RiskScannerTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 26);
    private static readonly Period October = Period.OfMonth(2026, 10);
    private static readonly Period Q3 = Period.OfQuarter(2026, 3);

    private static FundsRow Pay(int row, int day, long fen, string summary = "支付材料费", string? settlement = "银行转账", string? payee = "某公司") =>
        new(row, new DateOnly(2026, 10, day), "记-" + row, summary, "511", "经营支出", 0, fen, null, settlement, payee, "张三", "李四", 1);

    private static ResourceRow Land(int row, string name, decimal mu, long fee, string mode = "对外发包", string type = "耕地",
        DateOnly? start = null, DateOnly? end = null, string? tender = "公开招标", long? due = null, long? received = null) =>
        new(row, "R" + row, name, type, mu, null, mode, "承包人", "HT-" + row, start ?? new(2024, 1, 1), end ?? new(2030, 12, 31), fee, null,
            tender, null, due, received, null);

    private static AssetRow Asset(int row, string code, string status = "在用", DateOnly? leaseStart = null, DateOnly? leaseEnd = null) =>
        new(row, code, "资产" + code, "房屋及建筑物", null, 1, "间", 100_000_00, 0, 100_000_00, null, status,
            status == "出租出借" ? "承租人" : null, status == "出租出借" ? 12_000_00 : null, leaseStart, leaseEnd, null);

    private static RiskLedger Ledger(LedgerKind kind, Period period, IEnumerable<ILedgerRow> rows, string village = "桃源村", string township = "青石镇") =>
        new(township, village, kind, period, rows.ToList(), $"{township}/{village}/{kind.ToString().ToLowerInvariant()}-{period}.xlsx");

    private static List<RiskWarning> Run(params RiskLedger[] ledgers) =>
        RiskScanner.Run(ledgers, AsOf).Where(w => w.Rule != RiskRules.Late).ToList();

    [Fact]
    public void Cash_payments_from_the_threshold_up_are_flagged()
    {
        var warnings = Run(Ledger(LedgerKind.Funds, October, [Pay(5, 3, 1_000_00, settlement: "现金"), Pay(6, 3, 999_99, settlement: "现金"), Pay(7, 3, 9_000_00)]));
        var cash = Assert.Single(warnings, w => w.Rule == RiskRules.Cash);
        Assert.Equal(5, cash.Row);
        Assert.Contains("用现金支付 1,000.00 元", cash.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Payments_to_one_payee_on_one_day_each_under_the_approval_threshold_but_over_it_together_are_flagged()
    {
        var split = Run(Ledger(LedgerKind.Funds, October, [Pay(5, 8, 3_000_00, payee: "王五"), Pay(6, 8, 2_500_00, payee: "王五"), Pay(7, 9, 4_000_00, payee: "王五")]));
        var warning = Assert.Single(split, w => w.Rule == RiskRules.Split);
        Assert.Equal(5, warning.Row);
        Assert.Contains("合计 5,500.00 元（第 5、6 行）", warning.Message, StringComparison.Ordinal);

        // Together exactly at the threshold, or on different days, or to different payees: nothing.
        Assert.DoesNotContain(Run(Ledger(LedgerKind.Funds, October, [Pay(5, 8, 3_000_00, payee: "王五"), Pay(6, 8, 2_000_00, payee: "王五"), Pay(7, 8, 4_000_00, payee: "赵六")])),
            w => w.Rule == RiskRules.Split);
    }

    [Fact]
    public void Hospitality_and_gift_spending_is_flagged_by_its_words()
    {
        var warnings = Run(Ledger(LedgerKind.Funds, October, [Pay(5, 3, 800_00, "接待检查组宴请"), Pay(6, 3, 300_00, "购买购物卡"), Pay(7, 3, 300_00, "购买办公用品")]));
        Assert.Equal([5, 6], warnings.Where(w => w.Rule == RiskRules.Hospitality).Select(w => w.Row));
    }

    [Fact]
    public void The_same_payee_and_amount_within_30_days_is_flagged_once_on_the_later_payment_even_across_ledgers()
    {
        var september = Ledger(LedgerKind.Funds, Period.OfMonth(2026, 9), [new FundsRow(8, new DateOnly(2026, 9, 20), "记-8", "支付修路款", "511", null, 0, 6_800_00, null, "银行转账", "路桥公司", null, "李四", 1)]);
        var october = Ledger(LedgerKind.Funds, October, [Pay(5, 15, 6_800_00, payee: "路桥公司"), Pay(6, 30, 6_800_00, payee: "其他公司")]);
        var duplicate = Assert.Single(Run(september, october), w => w.Rule == RiskRules.Duplicate);
        Assert.Equal((October, 5), (duplicate.Period, duplicate.Row));
        Assert.Contains("25 天前（2026年9月台账第 8 行）", duplicate.Message, StringComparison.Ordinal);

        // 31 days later is outside the window.
        var later = Ledger(LedgerKind.Funds, October, [Pay(5, 21, 6_800_00, payee: "路桥公司")]);
        Assert.DoesNotContain(Run(september, later), w => w.Rule == RiskRules.Duplicate);
    }

    [Fact]
    public void A_price_per_mu_under_70_percent_of_the_township_median_for_the_type_is_flagged()
    {
        var a = Ledger(LedgerKind.Resources, Q3, [Land(3, "甲地", 10, 8_000_00), Land(4, "乙地", 10, 5_500_00)], "甲村");
        var b = Ledger(LedgerKind.Resources, Q3, [Land(3, "丙地", 10, 8_000_00), Land(4, "丁地", 10, 9_000_00)], "乙村");
        var other = Ledger(LedgerKind.Resources, Q3, [Land(3, "戊地", 10, 1_000_00)], "丙村", "别的镇");
        var low = Assert.Single(Run(a, b, other), w => w.Rule == RiskRules.LowRent);
        Assert.Equal(("甲村", 4), (low.Village, low.Row));
        Assert.Contains("每亩每年 550.00 元，不到本乡镇耕地中位数 800.00 元的 70%", low.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_over_15_years_for_a_let_and_20_for_a_lease_are_flagged()
    {
        var warnings = Run(Ledger(LedgerKind.Resources, Q3,
        [
            Land(3, "发包地", 10, 8_000_00, start: new(2020, 1, 1), end: new(2035, 1, 1)),
            Land(4, "发包地二", 10, 8_000_00, start: new(2020, 1, 1), end: new(2034, 12, 31)),
            Land(5, "租赁地", 10, 8_000_00, "租赁", start: new(2020, 1, 1), end: new(2040, 6, 30)),
            Land(6, "承包地", 10, 8_000_00, "家庭承包", start: new(1998, 1, 1), end: new(2028, 12, 31)),
        ]));
        Assert.Equal([3, 5], warnings.Where(w => w.Rule == RiskRules.LongTerm).Select(w => w.Row));
    }

    [Fact]
    public void Contracts_expired_or_ending_within_90_days_are_flagged_in_both_registers()
    {
        var warnings = Run(
            Ledger(LedgerKind.Resources, Q3,
            [
                Land(3, "过期地", 10, 8_000_00, end: new(2026, 6, 30)),
                Land(4, "将到期地", 10, 8_000_00, end: new(2027, 2, 24)),
                Land(5, "还早地", 10, 8_000_00, end: new(2027, 2, 25)),
                Land(6, "自营地", 10, 0, "自营", end: new(2026, 1, 1)),
            ]),
            Ledger(LedgerKind.Assets, Q3, [Asset(2, "A1", "出租出借", new(2020, 1, 1), new(2026, 12, 31)), Asset(3, "A2")]));
        var expired = warnings.Where(w => w.Rule == RiskRules.Expired).ToList();
        Assert.Equal([(LedgerKind.Assets, 2), (LedgerKind.Resources, 3), (LedgerKind.Resources, 4)], expired.Select(w => (w.Kind, w.Row!.Value)));
        Assert.Contains("已于 2026-06-30 到期", expired[1].Message, StringComparison.Ordinal);
        Assert.Contains("将于 2027-02-24 到期（还有 90 天）", expired[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unpaid_fees_and_large_private_agreements_are_flagged()
    {
        var warnings = Run(Ledger(LedgerKind.Resources, Q3,
        [
            Land(3, "欠费地", 10, 8_000_00, due: 8_000_00, received: 3_000_00),
            Land(4, "缴清地", 10, 8_000_00, due: 8_000_00, received: 8_000_00),
            Land(5, "协议大地", 100, 50_000_00, tender: "协议"),
            Land(6, "协议小地", 10, 49_999_99, tender: "协议"),
        ]));
        Assert.Contains("欠 5,000.00 元", Assert.Single(warnings, w => w.Rule == RiskRules.Arrears).Message, StringComparison.Ordinal);
        Assert.Equal(5, Assert.Single(warnings, w => w.Rule == RiskRules.NoBid).Row);
    }

    [Fact]
    public void An_asset_gone_from_the_next_snapshot_without_disposal_is_flagged()
    {
        var q2 = Ledger(LedgerKind.Assets, Period.OfQuarter(2026, 2), [Asset(2, "A1"), Asset(3, "A2"), Asset(4, "A3", "已处置")]);
        var q3 = Ledger(LedgerKind.Assets, Q3, [Asset(2, "A1")]);
        var vanished = Assert.Single(Run(q2, q3), w => w.Rule == RiskRules.Vanished);
        Assert.Equal(Q3, vanished.Period);
        Assert.Contains("资产「资产A2」（编号 A2", vanished.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Periods_missing_from_the_first_one_held_to_the_last_past_due_are_late()
    {
        // A monthly village whose folder starts in June: June–September held, October due on 15 November and missing.
        var held = Enumerable.Range(6, 4).Select(m => Ledger(LedgerKind.Funds, Period.OfMonth(2026, m), [])).ToList();
        held.Add(Ledger(LedgerKind.Assets, Period.OfQuarter(2026, 2), []));
        held.Add(Ledger(LedgerKind.Assets, Q3, []));
        held.Add(Ledger(LedgerKind.Resources, Q3, []));
        var late = RiskScanner.Run(held, AsOf).Where(w => w.Rule == RiskRules.Late).Select(w => (w.Kind, w.Period)).ToList();
        Assert.Equal([(LedgerKind.Funds, October), (LedgerKind.Resources, Period.OfQuarter(2026, 2))], late);
    }
}
