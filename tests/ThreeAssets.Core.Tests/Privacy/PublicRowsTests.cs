using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Privacy;

namespace ThreeAssets.Core.Tests.Privacy;

public sealed class PublicRowsTests
{
    private const string Probe = "王小明 电话13812345678";
    private const string MaskedProbe = "王小明 电话138****5678";

    private static readonly DateOnly Day = new(2026, 10, 5);

    private static readonly FundsRow Funds = new(5, Day, "记-12", "支付张建国劳务费，电话13812345678", "515", "其他支出",
        0, 120_000, null, "现金", "张建国", "王建民", "李春生", 2);

    [Fact]
    public void A_persons_name_and_phone_are_hidden_in_a_funds_row()
    {
        var masked = (FundsRow)PublicRows.Mask(Funds);

        Assert.Equal("张**", masked.Counterparty);
        Assert.Equal("支付张建国劳务费，电话138****5678", masked.Summary);
        Assert.Equal(Funds with { Counterparty = "张**", Summary = masked.Summary, Handler = "王**", Approver = "李**" }, masked);
    }

    [Fact]
    public void Organisations_identifiers_and_amounts_stay_as_published()
    {
        var row = new ResourceRow(3, "330102000001", "东坡地", "耕地", 12.5m, "东坡", "对外发包", "众兴水产养殖场",
            "HT202401050001", Day, Day.AddYears(5), 500_000, 40_000, "公开招标", Day, 500_000, 0, null);

        var masked = (ResourceRow)PublicRows.Mask(row);

        Assert.Equal(row, masked);
    }

    [Fact]
    public void Handler_and_approver_names_are_masked_like_counterparties()
    {
        var masked = (FundsRow)PublicRows.Mask(Funds with { Handler = "王建国", Approver = "李春生" });

        Assert.Equal(("王**", "李**"), (masked.Handler, masked.Approver));
    }

    [Theory]
    [MemberData(nameof(ProbeRows))]
    public void Whole_rows_and_single_cells_are_masked_alike_for_every_column_of_every_schema(LedgerKind kind, ILedgerRow row)
    {
        var masked = PublicRows.Mask(row);

        Assert.IsType(row.GetType(), masked);
        foreach (var column in LedgerSchema.For(kind).Columns)
        {
            var original = LedgerCells.Get(row, column);
            Assert.Equal(PublicRows.MaskCell(column, original), LedgerCells.Get(masked, column));
            if (original is string && PublicRows.MaskFor(column) != PublicMask.None)
                Assert.Equal(MaskedProbe, LedgerCells.Get(masked, column));
        }
    }

    [Fact]
    public void Parties_are_masked_as_names_and_other_text_as_free_text()
    {
        Assert.Equal(PublicMask.Party, PublicRows.MaskFor(FundsSchema.Counterparty));
        Assert.Equal(PublicMask.Party, PublicRows.MaskFor(AssetsSchema.Lessee));
        Assert.Equal(PublicMask.Party, PublicRows.MaskFor(ResourcesSchema.Contractor));
        Assert.Equal(PublicMask.Party, PublicRows.MaskFor(FundsSchema.Approver));
        Assert.Equal(PublicMask.Text, PublicRows.MaskFor(FundsSchema.Summary));
        Assert.Equal(PublicMask.None, PublicRows.MaskFor(FundsSchema.Income));
        Assert.Equal(PublicMask.None, PublicRows.MaskFor(ResourcesSchema.ContractNo));
        Assert.Equal("李**", PublicRows.MaskCell(AssetsSchema.Lessee, "李秀英"));
        Assert.Equal(1200.00m, PublicRows.MaskCell(FundsSchema.Expense, 1200.00m));
    }

    [Fact]
    public void A_list_of_rows_keeps_its_order()
    {
        var rows = new[] { Funds, Funds with { SourceRow = 6, Counterparty = "刘桂兰" } };

        var masked = PublicRows.MaskAll(rows);

        Assert.Equal(["张**", "刘**"], masked.Select(r => r.Counterparty));
        Assert.Equal([5, 6], masked.Select(r => r.SourceRow));
    }

    [Fact]
    public void Anything_but_a_ledger_row_is_refused() =>
        Assert.Throws<ArgumentException>(() => PublicRows.Mask(new NotALedgerRow(1)));

    private sealed record NotALedgerRow(int SourceRow) : ILedgerRow;

    // Every text field holds the probe, so a text column that Mask forgets shows up unmasked.
    public static TheoryData<LedgerKind, ILedgerRow> ProbeRows() => new()
    {
        { LedgerKind.Funds, new FundsRow(1, Day, Probe, Probe, Probe, Probe, 100, 0, null, "现金", Probe, Probe, Probe, 1) },
        { LedgerKind.Assets, new AssetRow(1, Probe, Probe, "机器设备", Day, 1, Probe, 100, 0, 100, Probe, "出租出借", Probe, 100, Day, Day, Probe) },
        { LedgerKind.Resources, new ResourceRow(1, Probe, Probe, "耕地", 1, Probe, "租赁", Probe, Probe, Day, Day, 100, 100, "协议", Day, 100, 0, Probe, Probe) },
    };
}
