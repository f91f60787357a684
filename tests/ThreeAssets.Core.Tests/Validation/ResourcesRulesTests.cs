using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Tests.Builders;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Validation;

public sealed class ResourcesRulesTests
{
    private static readonly Period Q2 = Period.OfQuarter(2026, 2);

    private static ParsedLedger Resources(int spoil = -1, Action<Dictionary<string, object?>>? change = null, ReadOptions? options = null) =>
        Parse.Xlsx(Builders.Ledgers.Resources(spoil, change), LedgerKind.Resources, Q2, options);

    [Fact]
    public void Valid_register_has_no_findings()
    {
        var ledger = Resources();
        Assert.True(ledger.Report.Findings.Count == 0, ledger.Describe());
        Assert.Equal(2, ledger.RowCount);
        Assert.Equal((48.21m, 65_403_373L), (ledger.RowsOf<ResourceRow>()[0].AreaMu, ledger.RowsOf<ResourceRow>()[0].AnnualFee!.Value));
    }

    [Fact]
    public void Flags_a_code_used_twice()
    {
        Resources(1, i => i["code"] = "ZY0001").Only(Rules.ResourceDuplicateCode);
    }

    [Fact]
    public void Flags_contracted_resource_without_contract_fields()
    {
        var finding = Resources(0, i => (i["contractNo"], i["contractEnd"]) = (null, null)).Only(Rules.ResourceContractIncomplete);
        Assert.Contains("合同编号、合同终止日", finding.Message, StringComparison.Ordinal);
        Resources(1, i => i["contractNo"] = null).HasNo(Rules.ResourceContractIncomplete);
    }

    [Fact]
    public void Flags_lease_longer_than_twenty_years()
    {
        Resources(0, i => i["contractEnd"] = new DateTime(2041, 9, 30)).Only(Rules.ResourceLeaseTooLong);
        Resources(0, i => i["contractEnd"] = new DateTime(2040, 9, 30)).HasNo(Rules.ResourceLeaseTooLong);
        Resources(0, i => (i["operationMode"], i["contractEnd"]) = ("对外发包", new DateTime(2049, 9, 30))).HasNo(Rules.ResourceLeaseTooLong);
    }

    [Fact]
    public void Flags_contract_that_ends_before_it_starts()
    {
        Resources(0, i => i["contractEnd"] = new DateTime(2019, 1, 1)).Only(Rules.ResourceContractDates);
    }

    [Fact]
    public void Flags_unit_price_that_is_not_fee_divided_by_area()
    {
        var finding = Resources(0, i => i["unitPrice"] = 13000m).Only(Rules.ResourceUnitPrice);
        Assert.Equal(("M2", "13,566.35"), (finding.Cell, finding.Expected));
        Resources(0, i => i["unitPrice"] = 13566.36m).HasNo(Rules.ResourceUnitPrice);
    }

    [Fact]
    public void Warns_about_an_expired_contract_still_active_as_of_the_given_day()
    {
        var asOf = new ReadOptions { AsOf = new DateOnly(2031, 10, 1) };
        Assert.Equal(Severity.Warning, Resources(options: asOf).Only(Rules.ResourceContractExpired).Severity);
        Resources(0, i => i["contractEnd"] = new DateTime(2026, 6, 30)).HasNo(Rules.ResourceContractExpired);
    }

    [Fact]
    public void Warns_about_unpaid_fees()
    {
        var finding = Resources(0, i => i["received"] = 600000m).Only(Rules.ResourceUnpaid);
        Assert.Contains("54,033.73", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flags_zero_area()
    {
        Assert.Equal("D3", Resources(1, i => i["area"] = 0m).Only(Rules.CellRange).Cell);
    }

    [Fact]
    public void Splits_a_contract_term_written_as_one_text_and_joins_boundary_columns()
    {
        var builder = new LedgerSheetBuilder(ResourcesSchema.Schema)
            .WithHeaders("资源编号", "地块名称", "地类", "面积（亩）", "座落", "东至", "西至", "南至", "北至", "经营方式", "承包方", "合同编号", "承包期限", "年承包金额", "每亩承包费")
            .WithRaw("ZY1", "后场地", "林地", 10m, "村南", "路", "沟", "张家地", "河", "对外发包", "李秀兰", "HT-1", "自2020年1月1日起至2029年12月31日止", 1000m, 100m);

        var ledger = Parse.Xlsx(builder, LedgerKind.Resources, Q2);

        Assert.True(ledger.Report.Findings.Count == 0, ledger.Describe());
        var row = Assert.Single(ledger.RowsOf<ResourceRow>());
        Assert.Equal((new DateOnly(2020, 1, 1), new DateOnly(2029, 12, 31)), (row.ContractStart, row.ContractEnd));
        Assert.Equal("东至路 西至沟 南至张家地 北至河", row.Boundaries);
    }

    [Fact]
    public void Points_a_contract_without_contractor_at_the_empty_contractor_cell()
    {
        var finding = Resources(0, i => i["contractor"] = null).Only(Rules.ResourceContractIncomplete);
        Assert.Equal(("H2", "承包方或承租方", "租赁"), (finding.Cell, finding.Column, finding.Value));
    }

    [Fact]
    public void Contracts_signed_ahead_of_the_period_end_are_no_such_finding()
    {
        // The shared sample resources-2026-Q2 lists contracts resolved in August and starting in October: a
        // register may record a contract signed in advance, so only acquisition dates are held to the period.
        Resources(0, i => i["resolutionDate"] = new DateTime(2026, 7, 2)).HasNo(Rules.CellDateAfterPeriod);
        Resources(0, i => (i["contractStart"], i["resolutionDate"]) = (new DateTime(2026, 9, 1), null)).HasNo(Rules.CellDateAfterPeriod);
    }
}
