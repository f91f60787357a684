using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Tests.Builders;

/// <summary>Valid items of each ledger, to be spoiled one value at a time by the rule tests.</summary>
public static class Ledgers
{
    /// <summary>
    /// A funds ledger for 2026-10: opening 10,000.00, then an income of 5,000.00 and two expenses of
    /// 1,200.00 and 300.50, balances filled in, and a correct 本月合计 row. Tweak the item at
    /// <paramref name="spoil"/> (0–2) before it is written.
    /// </summary>
    public static LedgerSheetBuilder Funds(int spoil = -1, Action<Dictionary<string, object?>>? change = null, bool totals = true)
    {
        var items = new List<Dictionary<string, object?>>
        {
            FundsItem(new DateTime(2026, 10, 5), "记-001", "收取鱼塘承包费", "501", "经营收入", 5000m, null, 15000m),
            FundsItem(new DateTime(2026, 10, 8), "记-002", "购买办公用品", "51301", "管理费用-办公费", null, 1200m, 13800m),
            FundsItem(new DateTime(2026, 10, 20), "记-003", "支付路灯电费", "514", "公益支出", null, 300.5m, 13499.5m),
        };
        if (spoil >= 0) change?.Invoke(items[spoil]);
        var builder = new LedgerSheetBuilder(FundsSchema.Schema)
            .WithMarker("summary", "期初余额", new Dictionary<string, object?> { ["balance"] = 10000m });
        foreach (var item in items) builder.WithItem(item);
        if (totals)
            builder.WithMarker("summary", "本月合计", new Dictionary<string, object?> { ["income"] = 5000m, ["expense"] = 1500.5m, ["balance"] = 13499.5m });
        return builder;
    }

    public static Dictionary<string, object?> FundsItem(object date, string voucher, string summary, string code, string name,
        decimal? income, decimal? expense, decimal? balance) => new()
    {
        ["date"] = date, ["voucher"] = voucher, ["summary"] = summary, ["accountCode"] = code, ["accountName"] = name,
        ["income"] = income, ["expense"] = expense, ["balance"] = balance, ["settlement"] = "银行转账",
        ["counterparty"] = "华联办公用品店", ["handler"] = "王建国", ["approver"] = "李春生", ["attachments"] = 2,
    };

    /// <summary>Two assets: one in use, one leased with all lease fields.</summary>
    public static LedgerSheetBuilder Assets(int spoil = -1, Action<Dictionary<string, object?>>? change = null)
    {
        var items = new List<Dictionary<string, object?>>
        {
            new() { ["code"] = "ZC0001", ["name"] = "村委会办公楼", ["category"] = "房屋及建筑物", ["acquiredOn"] = new DateTime(2015, 6, 30),
                ["quantity"] = 1, ["unit"] = "栋", ["originalValue"] = 818438.91m, ["depreciation"] = 327913.08m, ["netValue"] = 490525.83m,
                ["location"] = "北街21号", ["status"] = "在用" },
            new() { ["code"] = "ZC0002", ["name"] = "冷库", ["category"] = "房屋及建筑物", ["acquiredOn"] = new DateTime(2001, 1, 28),
                ["quantity"] = 1, ["unit"] = "座", ["originalValue"] = 485328.61m, ["depreciation"] = 93997.4m, ["netValue"] = 391331.21m,
                ["location"] = "南街35号", ["status"] = "出租出借", ["lessee"] = "津南五金商店", ["annualRent"] = 14900.19m,
                ["leaseStart"] = new DateTime(2026, 5, 1), ["leaseEnd"] = new DateTime(2030, 4, 30) },
        };
        if (spoil >= 0) change?.Invoke(items[spoil]);
        var builder = new LedgerSheetBuilder(AssetsSchema.Schema);
        foreach (var item in items) builder.WithItem(item);
        return builder;
    }

    /// <summary>Two resources: one contracted out with a full contract, one run by the collective itself.</summary>
    public static LedgerSheetBuilder Resources(int spoil = -1, Action<Dictionary<string, object?>>? change = null)
    {
        var items = new List<Dictionary<string, object?>>
        {
            new() { ["code"] = "ZY0001", ["name"] = "东洼8号地块", ["type"] = "耕地", ["area"] = 48.21m, ["location"] = "村西侧",
                ["operationMode"] = "租赁", ["contractor"] = "天津市西营建材有限公司", ["contractNo"] = "HT-2026-001",
                ["contractStart"] = new DateTime(2020, 10, 1), ["contractEnd"] = new DateTime(2031, 9, 30), ["annualFee"] = 654033.73m,
                ["unitPrice"] = 13566.35m, ["tenderMethod"] = "公开招标", ["resolutionDate"] = new DateTime(2020, 9, 14),
                ["receivable"] = 654033.73m, ["received"] = 654033.73m },
            new() { ["code"] = "ZY0002", ["name"] = "东洼7号地块", ["type"] = "集体经营性建设用地", ["area"] = 171.11m,
                ["location"] = "村南侧", ["operationMode"] = "自营" },
        };
        if (spoil >= 0) change?.Invoke(items[spoil]);
        var builder = new LedgerSheetBuilder(ResourcesSchema.Schema);
        foreach (var item in items) builder.WithItem(item);
        return builder;
    }
}
