using ThreeAssets.Core.Ledgers;
using ThreeAssets.Documents.Notices;

namespace ThreeAssets.Documents.Tests.Builders;

/// <summary>
/// Builds notices of fictional villages for tests and benchmarks (the benchmark project links this file).
/// Amounts are deterministic so that totals can be asserted.
/// </summary>
public sealed class NoticeBuilder
{
    private static readonly string[] Summaries =
        ["收到土地承包费", "支付村道路灯电费", "购买办公用品", "发放保洁员工资", "收到上级转移支付补助资金", "维修村委会屋顶漏水及更换排水管"];
    private static readonly (string Code, string Name)[] Accounts =
        [("501", "经营收入"), ("502", "经营支出"), ("51301", "管理费用-办公费"), ("521", "其他收入"), ("513", "管理费用")];

    private NoticeDocument notice = new()
    {
        Kind = LedgerKind.Funds,
        VillageName = "青河村",
        TownshipName = "青河镇",
        DistrictName = "东江区",
        Period = Period.OfMonth(2026, 10),
        Version = 1,
        PublishedAt = new DateTimeOffset(2026, 11, 5, 9, 30, 0, TimeSpan.FromHours(8)),
        ApprovingOrganisation = "青河镇农村经营管理站",
        Fingerprint = "7F3A-92C4-1BDE-0A55",
        PublicationUrl = "https://sanzi.example.cn/publications/1024",
    };

    public static NoticeBuilder Funds(int rows = 12) => new NoticeBuilder().WithFundsRows(rows);

    public static NoticeBuilder Assets(int rows = 12) => new NoticeBuilder().WithAssetRows(rows);

    public static NoticeBuilder Resources(int rows = 12) => new NoticeBuilder().WithResourceRows(rows);

    /// <summary>Rows alternate income (100.00 × i) and expense (10.00 × i), opening balance 50,000.00.</summary>
    public NoticeBuilder WithFundsRows(int count)
    {
        var rows = Enumerable.Range(1, count).Select(i =>
        {
            var (code, name) = Accounts[i % Accounts.Length];
            var income = i % 2 == 1 ? 10_000L * i : 0;
            var expense = i % 2 == 0 ? 1_000L * i : 0;
            return new FundsRow(i + 3, new DateOnly(2026, 10, 1 + i % 31), $"记-{i:00}", Summaries[i % Summaries.Length],
                code, name, income, expense, null, i % 3 == 0 ? "现金" : "银行转账", i % 2 == 0 ? "张**" : "青河农业合作社",
                "李**", "王**", 1);
        }).ToList();
        const long opening = 5_000_000;
        var summary = new FundsSummary(opening, rows.Sum(r => r.Income), rows.Sum(r => r.Expense),
            opening + rows.Sum(r => r.Income) - rows.Sum(r => r.Expense));
        notice = notice with { Kind = LedgerKind.Funds, Period = Period.OfMonth(2026, 10), Rows = rows, FundsSummary = summary };
        return this;
    }

    /// <summary>Each asset has original value 10,000.00 × i and depreciation 1,000.00 × i; every third is leased.</summary>
    public NoticeBuilder WithAssetRows(int count)
    {
        string[] categories = ["房屋及建筑物", "机器设备", "农业基础设施"];
        var rows = Enumerable.Range(1, count).Select(i => new AssetRow(i + 3, $"ZC-{i:000}", $"资产{i}号 村部仓库",
            categories[i % 3], new DateOnly(2015 + i % 10, 3, 1), 1, "项", 1_000_000L * i, 100_000L * i, 900_000L * i,
            "村部东侧", i % 3 == 0 ? "出租出借" : "在用", i % 3 == 0 ? "青河农业合作社" : null,
            i % 3 == 0 ? 120_000L : null, null, null, null)).ToList();
        notice = notice with { Kind = LedgerKind.Assets, Period = Period.OfQuarter(2026, 3), Rows = rows };
        return this;
    }

    /// <summary>Each plot is 10.5 mu with a fee of 8,400.00; every other one is contracted out.</summary>
    public NoticeBuilder WithResourceRows(int count)
    {
        var rows = Enumerable.Range(1, count).Select(i =>
        {
            var contracted = i % 2 == 1;
            return new ResourceRow(i + 3, $"ZY-{i:000}", $"东坡{i}号地块", i % 3 == 0 ? "林地" : "耕地", 10.5m, "东坡",
                contracted ? "对外发包" : "未利用", contracted ? "赵**" : null, contracted ? $"HT-2024-{i:000}" : null,
                contracted ? new DateOnly(2024, 1, 1) : null, contracted ? new DateOnly(2033, 12, 31) : null,
                contracted ? 840_000L : null, contracted ? 80_000L : null, contracted ? "公开招标" : null,
                null, contracted ? 840_000L : null, contracted ? 420_000L : null, null);
        }).ToList();
        notice = notice with { Kind = LedgerKind.Resources, Period = Period.OfQuarter(2026, 3), Rows = rows };
        return this;
    }

    public NoticeBuilder ForVillage(string village, string fingerprint) =>
        With(n => n with { VillageName = village, Fingerprint = fingerprint });

    public NoticeBuilder AsDemo() => With(n => n with { IsDemo = true });

    public NoticeBuilder AsCorrectionOf(int version, string reason, string? fingerprint = null) =>
        With(n => n with { Version = version + 1, Supersedes = new NoticeSupersession(version, reason, fingerprint) });

    public NoticeBuilder With(Func<NoticeDocument, NoticeDocument> change)
    {
        notice = change(notice);
        return this;
    }

    public NoticeDocument Build() => notice;
}
