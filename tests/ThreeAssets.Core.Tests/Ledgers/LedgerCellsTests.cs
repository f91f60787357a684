using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Tests.Ledgers;

public sealed class LedgerCellsTests
{
    private static readonly ILedgerRow[] SampleRows =
    [
        new FundsRow(5, new DateOnly(2026, 10, 5), "记-1", "办公用品", "51301", "管理费用-办公费", 0, 120050, 99950, "现金", "华联商店", "李四", "王五", 2),
        new AssetRow(5, "ZC01", "办公楼", "房屋及建筑物", new DateOnly(2015, 6, 30), 1, "栋", 50000000, 1000000, 49000000, "村部", "在用", null, null, null, null, null),
        new ResourceRow(5, "ZY01", "东坡地", "耕地", 12.5m, "东坡", "对外发包", "张三", "HT-01", new DateOnly(2020, 1, 1), new DateOnly(2029, 12, 31), 1250000, 100000, "公开招标", new DateOnly(2019, 12, 1), 1250000, 1250000, null, "东至河"),
    ];

    [Fact]
    public void Every_column_of_every_schema_has_a_mapping()
    {
        foreach (var row in SampleRows)
        {
            var schema = LedgerSchema.For(row switch { FundsRow => LedgerKind.Funds, AssetRow => LedgerKind.Assets, _ => LedgerKind.Resources });
            var values = LedgerCells.All(schema, row);
            Assert.Equal(schema.Columns.Count, values.Length);
        }
    }

    [Fact]
    public void Amounts_come_out_in_yuan_and_the_empty_side_of_a_funds_row_is_empty()
    {
        var row = (FundsRow)SampleRows[0];
        Assert.Null(LedgerCells.Get(row, FundsSchema.Income));
        Assert.Equal(1200.50m, LedgerCells.Get(row, FundsSchema.Expense));
        Assert.Equal(999.50m, LedgerCells.Get(row, FundsSchema.Balance));
        Assert.Equal(new DateOnly(2026, 10, 5), LedgerCells.Get(row, FundsSchema.Date));
    }
}
