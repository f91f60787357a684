using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;

namespace ThreeAssets.Core.Tests.Ledgers;

public sealed class LedgerSchemaTests
{
    public static TheoryData<LedgerKind> Kinds() => [LedgerKind.Funds, LedgerKind.Assets, LedgerKind.Resources];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_header_and_alias_names_exactly_one_column(LedgerKind kind)
    {
        var schema = LedgerSchema.For(kind);
        var spellings = schema.Columns.SelectMany(c => c.Aliases.Append(c.Header))
            .Concat(schema.SplitHeaders.Select(s => s.Header)).Concat(schema.IgnoredHeaders).Select(HeaderText.Normalise).ToList();
        Assert.Equal(spellings.Count, spellings.Distinct().Count());
        Assert.Equal(schema.Columns.Count, schema.Columns.Select(c => c.Key).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, schema.Columns.Count), schema.Columns.Select(c => c.Ordinal));
    }

    [Theory]
    [InlineData(LedgerKind.Funds, "开支项目", "summary")]
    [InlineData(LedgerKind.Funds, "借/收入", "income")]
    [InlineData(LedgerKind.Funds, "贷/支出", "expense")]
    [InlineData(LedgerKind.Funds, "现金收入", "income")]
    [InlineData(LedgerKind.Funds, "现金支出", "expense")]
    [InlineData(LedgerKind.Funds, "往来单位", "counterparty")]
    [InlineData(LedgerKind.Assets, "卡片编号", "code")]
    [InlineData(LedgerKind.Assets, "资产分类", "category")]
    [InlineData(LedgerKind.Assets, "开始使用时间", "acquiredOn")]
    [InlineData(LedgerKind.Assets, "已提折旧", "depreciation")]
    [InlineData(LedgerKind.Assets, "存放地点", "location")]
    [InlineData(LedgerKind.Assets, "使用状况", "status")]
    [InlineData(LedgerKind.Resources, "地块名称", "name")]
    [InlineData(LedgerKind.Resources, "地类", "type")]
    [InlineData(LedgerKind.Resources, "座落", "location")]
    [InlineData(LedgerKind.Resources, "四至", "boundaries")]
    [InlineData(LedgerKind.Resources, "每亩承包费", "unitPrice")]
    [InlineData(LedgerKind.Resources, "年承包金额", "annualFee")]
    [InlineData(LedgerKind.Resources, "面积（亩）", "area")]
    public void Accepts_the_header_spellings_seen_in_real_ledgers(LedgerKind kind, string header, string key)
    {
        Assert.Equal(key, HeaderText.Match(LedgerSchema.For(kind), header)?.Target?.Key);
    }

    [Fact]
    public void Embedded_chart_of_accounts_equals_the_seed_data_copy()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SeedData", "chart-of-accounts-2023.csv"));
        Assert.Equal(seed.ReplaceLineEndings(), ChartOfAccounts.EmbeddedCsv().ReplaceLineEndings());
        Assert.Equal("管理费用", ChartOfAccounts.Default.NameOf("51301"));
        Assert.Null(ChartOfAccounts.Default.NameOf("888"));
    }
}
