using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Tests.Builders;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Validation;

public sealed class FundsRulesTests
{
    private static ParsedLedger Funds(int spoil = -1, Action<Dictionary<string, object?>>? change = null, ReadOptions? options = null) =>
        Parse.Xlsx(Builders.Ledgers.Funds(spoil, change), LedgerKind.Funds, options: options);

    [Fact]
    public void Valid_ledger_has_no_findings_and_the_right_summary()
    {
        var ledger = Funds();

        Assert.Empty(ledger.Report.Findings);
        Assert.Equal(3, ledger.RowCount);
        Assert.Equal(new FundsSummary(1_000_000, 500_000, 150_050, 1_349_950), ledger.FundsSummary);
        Assert.Equal(new FundsRow(4, new DateOnly(2026, 10, 8), "记-002", "购买办公用品", "51301", "管理费用-办公费", 0, 120_000,
            1_380_000, "银行转账", "华联办公用品店", "王建国", "李春生", 2), ledger.FundsRows[1]);
    }

    [Fact]
    public void Flags_date_outside_the_period()
    {
        var finding = Funds(0, i => i["date"] = new DateTime(2026, 9, 30)).Only(Rules.FundDateOutsidePeriod);
        Assert.Equal(("A3", "2026-09-30"), (finding.Cell, finding.Value));
    }

    [Fact]
    public void Flags_row_with_both_income_and_expense()
    {
        var ledger = Funds(1, i => (i["income"], i["balance"]) = (1200m, 15000m));
        Assert.Contains("收入和支出都填了", ledger.Only(Rules.FundOneAmount).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flags_row_with_neither_income_nor_expense()
    {
        Funds(2, i => (i["expense"], i["balance"]) = (null, 13800m)).Only(Rules.FundOneAmount);
    }

    [Fact]
    public void Flags_account_code_outside_the_chart()
    {
        Assert.Equal("D4", Funds(1, i => i["accountCode"] = "888").Only(Rules.FundAccountUnknown).Cell);
    }

    [Theory]
    [InlineData("513")]
    [InlineData("51301")]
    [InlineData("513010101")]
    public void Accepts_chart_codes_and_sub_accounts_of_two_to_six_digits(string code)
    {
        Funds(1, i => (i["accountCode"], i["accountName"]) = (code, "管理费用")).HasNo(Rules.FundAccountUnknown);
    }

    [Theory]
    [InlineData("5130")]
    [InlineData("5130101011")]
    [InlineData("99901")]
    public void Flags_sub_account_with_wrong_length_or_unknown_parent(string code)
    {
        Funds(1, i => i["accountCode"] = code).Only(Rules.FundAccountUnknown);
    }

    [Fact]
    public void Warns_when_account_name_does_not_match_code()
    {
        var finding = Funds(1, i => i["accountName"] = "办公费").Only(Rules.FundAccountName);
        Assert.Equal((Severity.Warning, "管理费用"), (finding.Severity, finding.Expected));
    }

    [Fact]
    public void Warns_about_an_expense_without_approver_but_not_an_income()
    {
        Assert.Equal("L4", Funds(1, i => i["approver"] = null).Only(Rules.FundNoApprover).Cell);
        Funds(0, i => i["approver"] = null).HasNo(Rules.FundNoApprover);
    }

    [Fact]
    public void Flags_row_when_balance_does_not_follow()
    {
        var ledger = Funds(1, i => i["balance"] = 13900m);
        var finding = ledger.Only(Rules.FundBalance);
        Assert.Equal(("H4", "13,900.00", "13,800.00"), (finding.Cell, finding.Value, finding.Expected));
    }

    [Fact]
    public void Flags_totals_row_that_does_not_add_up()
    {
        var builder = Builders.Ledgers.Funds(totals: false).WithMarker("summary", "本月合计",
            new Dictionary<string, object?> { ["income"] = 5000m, ["expense"] = 1500m, ["balance"] = 13499.5m });
        var finding = Parse.Xlsx(builder, LedgerKind.Funds).Only(Rules.FundTotal);
        Assert.Equal(("G6", "1,500.00", "1,500.50"), (finding.Cell, finding.Value, finding.Expected));
    }

    [Fact]
    public void Checks_each_month_total_of_a_quarter_against_its_own_month()
    {
        var builder = new LedgerSheetBuilder(FundsSchema.Schema)
            .WithMarker("summary", "上季结转", new Dictionary<string, object?> { ["balance"] = 100m })
            .WithItem(Builders.Ledgers.FundsItem(new DateTime(2026, 10, 5), "记-1", "收租金", "501", "经营收入", 50m, null, 150m))
            .WithMarker("summary", "本月合计", new Dictionary<string, object?> { ["income"] = 50m, ["balance"] = 150m })
            .WithItem(Builders.Ledgers.FundsItem(new DateTime(2026, 11, 5), "记-2", "收租金", "501", "经营收入", 20m, null, 170m))
            .WithMarker("summary", "本月合计", new Dictionary<string, object?> { ["income"] = 20m, ["balance"] = 170m })
            .WithMarker("summary", "本季合计", new Dictionary<string, object?> { ["income"] = 70m, ["balance"] = 170m })
            .WithMarker("summary", "本年累计", new Dictionary<string, object?> { ["income"] = 9999m });

        var ledger = Parse.Xlsx(builder, LedgerKind.Funds, Period.OfQuarter(2026, 4));

        Assert.True(ledger.Report.Findings.Count == 0, ledger.Describe());
        Assert.Equal(2, ledger.RowCount);
    }

    [Fact]
    public void Flags_carry_row_whose_balance_does_not_match_the_rows_so_far()
    {
        var builder = Builders.Ledgers.Funds(totals: false)
            .WithMarker("summary", "过次页", new Dictionary<string, object?> { ["income"] = 5000m, ["expense"] = 1500.5m, ["balance"] = 13000m });
        Assert.Equal("H6", Parse.Xlsx(builder, LedgerKind.Funds).Only(Rules.FundCarry).Cell);
    }

    [Fact]
    public void Warns_when_there_is_no_opening_row_and_infers_it_from_the_first_balance()
    {
        var builder = new LedgerSheetBuilder(FundsSchema.Schema)
            .WithItem(Builders.Ledgers.FundsItem(new DateTime(2026, 10, 5), "记-1", "收租金", "501", "经营收入", 50m, null, 150m));
        var ledger = Parse.Xlsx(builder, LedgerKind.Funds);
        Assert.Equal("100.00", ledger.Only(Rules.FundNoOpening).Expected);
        Assert.Equal(10_000, ledger.FundsSummary!.Opening);
    }

    [Fact]
    public void Flags_opening_balance_that_differs_from_the_previous_publication()
    {
        var previous = new ReadOptions { Previous = new PreviousPublication(ClosingBalance: 990_000) };
        var finding = Funds(options: previous).Only(Rules.PeriodOpening);
        Assert.Equal(("10,000.00", "9,900.00", "H2"), (finding.Value, finding.Expected, finding.Cell));
        Funds(options: new ReadOptions { Previous = new PreviousPublication(ClosingBalance: 1_000_000) }).HasNo(Rules.PeriodOpening);
    }

    [Fact]
    public void Checks_the_income_total_even_when_an_expense_cell_cannot_be_read()
    {
        var builder = Builders.Ledgers.Funds(1, i => i["expense"] = "1,2OO", totals: false).WithMarker("summary", "本月合计",
            new Dictionary<string, object?> { ["income"] = 5100m, ["expense"] = 1500.5m, ["balance"] = 13499.5m });

        var ledger = Parse.Xlsx(builder, LedgerKind.Funds);

        Assert.Equal("G4", ledger.Only(Rules.CellNotNumber).Cell);
        var total = ledger.Only(Rules.FundTotal);
        Assert.Equal(("F6", "5,100.00", "5,000.00"), (total.Cell, total.Value, total.Expected));
        ledger.HasNo(Rules.FundBalance);
    }

    [Fact]
    public void An_unreadable_opening_balance_is_reported_once_not_on_every_balance_after_it()
    {
        var builder = new LedgerSheetBuilder(FundsSchema.Schema)
            .WithMarker("summary", "期初余额", new Dictionary<string, object?> { ["balance"] = "1O000" })
            .WithItem(Builders.Ledgers.FundsItem(new DateTime(2026, 10, 5), "记-1", "收租金", "501", "经营收入", 5000m, null, 15000m))
            .WithItem(Builders.Ledgers.FundsItem(new DateTime(2026, 10, 6), "记-2", "电费", "514", "公益支出", null, 100m, 14900m))
            .WithMarker("summary", "本月合计", new Dictionary<string, object?> { ["income"] = 5000m, ["expense"] = 100m, ["balance"] = 14900m });

        var ledger = Parse.Xlsx(builder, LedgerKind.Funds);

        Assert.Equal("H2", Assert.Single(ledger.Report.Findings).Cell);
        ledger.Only(Rules.CellNotNumber);
    }

    [Fact]
    public void Flags_a_date_after_the_period_on_the_date_cell()
    {
        var finding = Funds(2, i => i["date"] = new DateTime(2026, 11, 2)).Only(Rules.FundDateOutsidePeriod);
        Assert.Equal(("A5", "2026-11-02"), (finding.Cell, finding.Value));
    }
}
