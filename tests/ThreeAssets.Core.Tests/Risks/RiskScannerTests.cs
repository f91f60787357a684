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
        var split = Run(Ledger(LedgerKind.Funds, October, [Pay(5, 8, 3_000_00, payee: "王五"), Pay(6, 8, 2_500_00, payee: "王五"), Pay(7, 12, 4_000_00, payee: "王五")]));
        var warning = Assert.Single(split, w => w.Rule == RiskRules.Split);
        Assert.Equal([5, 6], warning.Rows);
        Assert.Equal(("5,500.00", "5,000.00"), (warning.Value, warning.Threshold));
        Assert.Contains("合计 5,500.00 元（第 5、6 行）", warning.Message, StringComparison.Ordinal);

        // Together exactly at the threshold, or two days apart, or to different payees: nothing.
        Assert.DoesNotContain(Run(Ledger(LedgerKind.Funds, October, [Pay(5, 8, 3_000_00, payee: "王五"), Pay(6, 8, 2_000_00, payee: "王五"), Pay(7, 8, 4_000_00, payee: "赵六")])),
            w => w.Rule == RiskRules.Split);
        Assert.DoesNotContain(Run(Ledger(LedgerKind.Funds, October, [Pay(5, 8, 3_000_00, payee: "王五"), Pay(6, 10, 2_500_00, payee: "王五")])),
            w => w.Rule == RiskRules.Split);
    }

    [Fact]
    public void A_split_over_two_consecutive_days_is_flagged_even_across_two_monthly_ledgers()
    {
        var september = Ledger(LedgerKind.Funds, Period.OfMonth(2026, 9),
            [new FundsRow(9, new DateOnly(2026, 9, 30), "记-9", "支付工程款", "511", null, 0, 4_000_00, null, "银行转账", "王五", null, "李四", 1)]);
        var october = Ledger(LedgerKind.Funds, October, [Pay(5, 1, 3_000_00, payee: "王五"), Pay(6, 20, 4_900_00, payee: "王五")]);
        var warning = Assert.Single(Run(september, october), w => w.Rule == RiskRules.Split);
        Assert.Equal(Period.OfMonth(2026, 9), warning.Period);
        Assert.Equal([9], warning.Rows);
        Assert.Contains("2026-09-30 至 2026-10-01 向「王五」支付 2 笔", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2026年10月台账第 5 行", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_payments_in_a_quarter_just_under_the_approval_threshold_are_flagged()
    {
        // 95 % of 5,000 is 4,750: three at or above it in Q4 (to anyone), one just below it does not count.
        var warnings = Run(Ledger(LedgerKind.Funds, October,
            [Pay(5, 3, 4_750_00, payee: "甲"), Pay(6, 9, 4_990_00, payee: "乙"), Pay(7, 20, 5_000_00, payee: "丙"), Pay(8, 21, 4_749_99, payee: "丁")]));
        var near = Assert.Single(warnings, w => w.Rule == RiskRules.NearLimit);
        Assert.Equal([5, 6, 7], near.Rows);
        Assert.Equal(("3", "3"), (near.Value, near.Threshold));

        Assert.DoesNotContain(Run(Ledger(LedgerKind.Funds, October, [Pay(5, 3, 4_750_00, payee: "甲"), Pay(6, 9, 4_990_00, payee: "乙"), Pay(7, 20, 5_000_01, payee: "丙"), Pay(8, 21, 4_749_99, payee: "丁")])),
            w => w.Rule == RiskRules.NearLimit);
    }

    [Fact]
    public void One_payee_with_30_percent_of_a_years_spending_and_50000_yuan_is_flagged()
    {
        // The rest of the year's spending goes to four payees, each well under 30 % and 50,000 元.
        static IEnumerable<FundsRow> Others(long each) => Enumerable.Range(6, 4).Select(row => Pay(row, row, each, payee: "其他" + row));
        var warnings = Run(Ledger(LedgerKind.Funds, October, [Pay(5, 3, 50_000_00, payee: "某建筑公司"), .. Others(29_166_50)]));
        var concentrated = Assert.Single(warnings, w => w.Rule == RiskRules.Concentration);
        Assert.Equal(("某建筑公司", "30%"), (concentrated.Subject, concentrated.Threshold));
        Assert.Equal([5], concentrated.Rows);

        // 29.99 %, or 30 % of a small village's spending under 50,000 元: nothing.
        Assert.DoesNotContain(Run(Ledger(LedgerKind.Funds, October, [Pay(5, 3, 50_000_00, payee: "某建筑公司"), .. Others(29_175_00)])),
            w => w.Rule == RiskRules.Concentration);
        Assert.DoesNotContain(Run(Ledger(LedgerKind.Funds, October, [Pay(5, 3, 49_999_99, payee: "某建筑公司"), .. Others(10_000_00)])),
            w => w.Rule == RiskRules.Concentration);
    }

    private static readonly int[] ThirdQuarter = [7, 8, 9];

    private static FundsRow Received(int row, int month, int day, long fen, string payer) =>
        new(row, new DateOnly(2026, month, day), "记-" + row, "收承包费", "411", "承包收入", fen, 0, null, "银行转账", payer, "张三", "李四", 1);

    [Fact]
    public void A_register_that_says_a_contractor_paid_more_than_the_cash_book_received_is_flagged_per_interval()
    {
        // The Q2 register says 承包人 paid 3,000 this year; Q3 says 8,000, so 5,000 in Q3. The cash book covers Q3 only
        // and shows 2,000 from them: Q3 is 3,000 short; Q2 cannot be judged (January–March are not published).
        var q2 = Ledger(LedgerKind.Resources, Period.OfQuarter(2026, 2), [Land(3, "鱼塘", 10, 8_000_00, due: 8_000_00, received: 3_000_00)]);
        var q3 = Ledger(LedgerKind.Resources, Q3, [Land(3, "鱼塘", 10, 8_000_00, due: 8_000_00, received: 8_000_00)]);
        var funds = ThirdQuarter.Select(m => Ledger(LedgerKind.Funds, Period.OfMonth(2026, m), m == 8 ? [Received(4, 8, 2, 2_000_00, "承包人")] : [])).ToArray();
        var warning = Assert.Single(Run([q2, q3, .. funds]), w => w.Rule == RiskRules.Unreceived);
        Assert.Equal((Q3, 3), (warning.Period, warning.Row));
        Assert.Equal(("2,000.00", "5,000.00"), (warning.Value, warning.Threshold));
        Assert.Contains("差 3,000.00 元", warning.Message, StringComparison.Ordinal);

        // The full 5,000 booked (in two receipts, one naming the contractor with a suffix): nothing.
        var paid = ThirdQuarter.Select(m => Ledger(LedgerKind.Funds, Period.OfMonth(2026, m),
            m == 8 ? [Received(4, 8, 2, 2_000_00, "承包人"), Received(5, 8, 9, 3_000_00, "承包人（鱼塘）")] : [])).ToArray();
        Assert.DoesNotContain(Run([q2, q3, .. paid]), w => w.Rule == RiskRules.Unreceived);
        // A month of the interval not published: nothing can be said.
        Assert.DoesNotContain(Run([q2, q3, funds[0], funds[1]]), w => w.Rule == RiskRules.Unreceived);
    }

    [Fact]
    public void Each_warning_keeps_its_subject_when_rows_move_in_a_corrected_version()
    {
        var v1 = Run(Ledger(LedgerKind.Funds, October, [Pay(5, 3, 2_000_00, settlement: "现金")]));
        var v2 = Run(Ledger(LedgerKind.Funds, October, [Pay(2, 1, 100_00), Pay(9, 3, 2_000_00, settlement: "现金") with { Voucher = "记-5" }]));
        Assert.Equal(Assert.Single(v1, w => w.Rule == RiskRules.Cash).Subject, Assert.Single(v2, w => w.Rule == RiskRules.Cash).Subject);
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
