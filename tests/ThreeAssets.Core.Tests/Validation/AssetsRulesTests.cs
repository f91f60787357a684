using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Tests.Builders;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Validation;

public sealed class AssetsRulesTests
{
    private static readonly Period Q2 = Period.OfQuarter(2026, 2);

    private static ParsedLedger Assets(int spoil = -1, Action<Dictionary<string, object?>>? change = null, ReadOptions? options = null) =>
        Parse.Xlsx(Builders.Ledgers.Assets(spoil, change), LedgerKind.Assets, Q2, options);

    [Fact]
    public void Valid_register_has_no_findings()
    {
        var ledger = Assets();
        Assert.True(ledger.Report.Findings.Count == 0, ledger.Describe());
        Assert.Equal(new AssetRow(3, "ZC0002", "冷库", "房屋及建筑物", new DateOnly(2001, 1, 28), 1, "座", 48_532_861, 9_399_740,
            39_133_121, "南街35号", "出租出借", "津南五金商店", 1_490_019, new DateOnly(2026, 5, 1), new DateOnly(2030, 4, 30), null),
            ledger.RowsOf<AssetRow>()[1]);
    }

    [Fact]
    public void Totals_and_signature_rows_are_not_items()
    {
        var builder = Builders.Ledgers.Assets().WithRaw(null, "合计", null, null, null, null, 1303767.52m).WithRaw("制表人：刘玉梅");
        var ledger = Parse.Xlsx(builder, LedgerKind.Assets, Q2);
        Assert.Equal(2, ledger.RowCount);
        Assert.True(ledger.Report.Findings.Count == 0, ledger.Describe());
    }

    [Fact]
    public void Flags_net_value_that_is_not_original_minus_depreciation()
    {
        var finding = Assets(0, i => i["netValue"] = 490525.38m).Only(Rules.AssetNetValue);
        Assert.Equal(("I2", "490,525.83"), (finding.Cell, finding.Expected));
    }

    [Fact]
    public void Flags_depreciation_above_the_original_value()
    {
        Assert.Equal("H2", Assets(0, i => i["depreciation"] = 900000m).Only(Rules.AssetDepreciation).Cell);
    }

    [Fact]
    public void Flags_negative_depreciation_as_out_of_range()
    {
        Assert.Equal("H2", Assets(0, i => i["depreciation"] = -1m).Only(Rules.CellRange).Cell);
    }

    [Fact]
    public void An_unreadable_original_value_is_reported_once()
    {
        var ledger = Assets(0, i => i["originalValue"] = "八十万");
        Assert.Equal(Rules.CellNotNumber.Code, Assert.Single(ledger.Report.Findings).Code);
    }

    [Fact]
    public void Flags_a_code_used_twice()
    {
        var finding = Assets(1, i => i["code"] = "ZC0001").Only(Rules.AssetDuplicateCode);
        Assert.Equal(("A3", "2"), (finding.Cell, finding.Expected));
    }

    [Fact]
    public void Flags_leased_asset_without_lessee_and_rent()
    {
        var finding = Assets(1, i => (i["lessee"], i["annualRent"]) = (null, null)).Only(Rules.AssetLeaseIncomplete);
        Assert.Contains("承租方、年租金", finding.Message, StringComparison.Ordinal);
        Assets(0, i => i["lessee"] = null).HasNo(Rules.AssetLeaseIncomplete);
    }

    [Fact]
    public void Flags_lease_that_ends_before_it_starts()
    {
        Assets(1, i => i["leaseEnd"] = new DateTime(2025, 1, 1)).Only(Rules.AssetLeaseDates);
    }

    [Fact]
    public void Flags_status_outside_the_list()
    {
        var finding = Assets(0, i => i["status"] = "正常").Only(Rules.CellList);
        Assert.Contains("在用、出租出借、闲置、待处置、已处置", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Warns_about_an_asset_gone_since_the_previous_snapshot_unless_disposed()
    {
        var previous = new Dictionary<string, string> { ["ZC0001"] = "在用", ["ZC0009"] = "闲置", ["ZC0010"] = "已处置" };
        var ledger = Assets(options: new ReadOptions { Previous = new PreviousPublication(AssetStatuses: previous) });
        Assert.Equal("ZC0009", ledger.Only(Rules.PeriodAssetMissing).Value);
    }

    [Fact]
    public void Flags_the_depreciation_cell_when_depreciation_exceeds_original_and_net_turns_negative()
    {
        var ledger = Assets(0, i => (i["depreciation"], i["netValue"]) = (900000m, -81561.09m));

        var finding = ledger.Only(Rules.AssetDepreciation);
        Assert.Equal(("H2", "900,000.00", "818,438.91"), (finding.Cell, finding.Value, finding.Expected));
        Assert.Equal("I2", ledger.Only(Rules.CellRange).Cell);
    }

    [Fact]
    public void Flags_an_acquisition_date_after_the_end_of_the_snapshot_period()
    {
        var finding = Assets(0, i => i["acquiredOn"] = new DateTime(2026, 8, 15)).Only(Rules.CellDateAfterPeriod);
        Assert.Equal(("D2", "2026-08-15", "2026-06-30"), (finding.Cell, finding.Value, finding.Expected));
        Assets(0, i => i["acquiredOn"] = new DateTime(2026, 6, 30)).HasNo(Rules.CellDateAfterPeriod);
        // A lease runs past the snapshot: its end is no event of the period.
        Assets(1, i => i["leaseEnd"] = new DateTime(2040, 4, 30)).HasNo(Rules.CellDateAfterPeriod);
    }

    [Fact]
    public void A_lease_signed_to_begin_after_the_period_is_no_such_finding()
    {
        Assets(1, i => i["leaseStart"] = new DateTime(2026, 7, 1)).HasNo(Rules.CellDateAfterPeriod);
    }

    [Fact]
    public void Points_an_incomplete_lease_at_the_first_empty_lease_cell()
    {
        Assert.Equal("M3", Assets(1, i => i["annualRent"] = null).Only(Rules.AssetLeaseIncomplete).Cell);
        Assert.Equal("L3", Assets(1, i => (i["lessee"], i["leaseEnd"]) = (null, null)).Only(Rules.AssetLeaseIncomplete).Cell);
    }
}
