using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Tests.Builders;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Reading;

/// <summary>Finding the table in real layouts: title rows, header spellings, split columns, rows that are not data.</summary>
public sealed class TableLayoutTests
{
    private static Dictionary<string, object?> Item(object date, string summary, decimal? income, decimal? expense, decimal balance) =>
        Builders.Ledgers.FundsItem(date, "记-1", summary, "501", "经营收入", income, expense, balance);

    [Fact]
    public void Finds_the_header_under_title_meta_and_unit_rows()
    {
        var builder = new LedgerSheetBuilder(FundsSchema.Schema)
            .WithTitle("柳河村集体经济组织2026年10月资金收支明细表")
            .WithTitle("所属期间：2026年10月", null, null, null, null, null, null, null, null, null, "单位：元")
            .WithTitle()
            .WithItem(Item(new DateTime(2026, 10, 5), "收租金", 50m, null, 50m));

        var ledger = LedgerReader.Read(builder.BuildXlsx(), "upload.xlsx", LedgerKind.Funds);

        Assert.Equal((4, 1), (ledger.HeaderRow, ledger.RowCount));
        Assert.Equal((Period.OfMonth(2026, 10), PeriodSource.Title), (ledger.Period!.Value, ledger.PeriodSource));
    }

    [Fact]
    public void Matches_headers_with_spaces_brackets_line_breaks_apostrophes_and_aliases_in_any_order()
    {
        var builder = new LedgerSheetBuilder(FundsSchema.Schema)
            .WithHeaders("余 额", "'凭证号", "摘\n要", "记账日期", "贷方金额", "借方金额", "科目代码", "收入金额（元）")
            .WithRaw(100m, "记-1", "收租金", new DateTime(2026, 10, 5), null, 100m, "501");

        var ledger = Parse.Xlsx(builder, LedgerKind.Funds);

        Assert.Equal(["balance", "voucher", "summary", "date", "expense", "income", "accountCode"], ledger.Columns.Select(c => c.Key));
        var duplicate = ledger.Only(Rules.HeaderDuplicate);
        Assert.Equal(("收入金额", "H1"), (duplicate.Column, duplicate.Cell));
        Assert.Equal(10_000, ledger.FundsRows.Single().Income);
    }

    [Fact]
    public void Reports_missing_required_columns_and_unknown_headers()
    {
        var builder = new LedgerSheetBuilder(FundsSchema.Schema)
            .WithHeaders("日期", "摘要", "收入金额", "支出金额", "银行账号")
            .WithRaw(new DateTime(2026, 10, 5), "收租金", 100m, null, "6222");

        var ledger = Parse.Xlsx(builder, LedgerKind.Funds);

        Assert.Equal(["凭证号", "科目编码"], ledger.Report.Findings.Where(f => f.Code == Rules.HeaderMissing.Code).Select(f => f.Column));
        var unknown = ledger.Only(Rules.HeaderUnknown);
        Assert.Equal(("E1", "银行账号", Severity.Warning), (unknown.Cell, unknown.Value, unknown.Severity));
    }

    [Fact]
    public void Says_which_row_came_closest_when_no_header_is_found()
    {
        var builder = new LedgerSheetBuilder(FundsSchema.Schema).WithHeaders("甲", "乙").WithRaw("丙丁", "戊", "己");
        var finding = Parse.Xlsx(builder, LedgerKind.Funds).Only(Rules.FileNoHeader);
        Assert.Equal((2, "丙丁 戊 己"), (finding.Row, finding.Value));
    }

    [Fact]
    public void Joins_month_and_day_columns_with_the_year_from_the_title_and_voucher_word_and_number()
    {
        var builder = new LedgerSheetBuilder(FundsSchema.Schema)
            .WithTitle("东坨村2026年10月现金日记账")
            .WithHeaders("月", "日", "种类", "号数", "摘要", "科目", "收入", "支出", "余额")
            .WithRaw(null, null, null, null, "上月结转", null, null, null, 10m)
            .WithRaw(10d, 5d, "记", 12d, "买纸", "513 管理费用", null, 4m, 6m);

        var ledger = LedgerReader.Read(builder.BuildXlsx(), "upload.xlsx", LedgerKind.Funds);

        var row = Assert.Single(ledger.FundsRows);
        Assert.True(ledger.Report.Findings.Count == 0, ledger.Describe());
        Assert.Equal((new DateOnly(2026, 10, 5), "记-12", "513", "管理费用"), (row.Date, row.Voucher, row.AccountCode, row.AccountName));
    }

    [Fact]
    public void Flattens_a_two_row_header_with_the_parent_above_the_children()
    {
        var builder = new LedgerSheetBuilder(FundsSchema.Schema)
            .WithTitle("2026年", null, "凭证", null, "摘要", "科目编码", "金额", null, "余额")
            .WithHeaders("月", "日", "种类", "号数", null!, null!, "收入", "支出", null!)
            .WithRaw(null, null, null, null, "期初余额", null, null, null, 0m)
            .WithRaw(10d, 5d, "记", 1d, "收租金", "501", 8m, null, 8m);

        var ledger = Parse.Xlsx(builder, LedgerKind.Funds);

        Assert.Equal(1, ledger.HeaderRow);
        Assert.True(ledger.Report.Findings.Count == 0, ledger.Describe());
        Assert.Equal(800, ledger.FundsRows.Single().Income);
    }

    [Fact]
    public void Skips_signature_rows_example_rows_and_notes_under_the_table()
    {
        var builder = Builders.Ledgers.Funds()
            .WithRaw()
            .WithRaw("制表人：刘玉梅", null, null, null, null, "民主理财小组审核：杨立新")
            .WithRaw("说明：本表金额单位为元")
            .WithRaw("以上收支已经村民主理财小组审核");
        var withExample = new LedgerSheetBuilder(FundsSchema.Schema).WithRaw("示例", "记-000", "示例行，上传时忽略", "513");

        Assert.Equal(3, Parse.Xlsx(builder, LedgerKind.Funds).RowCount);
        Assert.Empty(Parse.Xlsx(builder, LedgerKind.Funds).Report.Findings);
        Assert.Equal(0, Parse.Xlsx(withExample, LedgerKind.Funds).RowCount);
    }

    [Fact]
    public void Flags_a_header_with_no_rows_under_it()
    {
        var builder = new LedgerSheetBuilder(FundsSchema.Schema).WithRaw("制表人：刘玉梅");
        Assert.Equal(1, Parse.Xlsx(builder, LedgerKind.Funds).Only(Rules.FileNoRows).Row);
    }

    [Fact]
    public void Warns_when_no_period_is_given_or_found_and_then_does_not_check_dates()
    {
        var ledger = LedgerReader.Read(Builders.Ledgers.Funds(0, i => i["date"] = new DateTime(2020, 1, 1)).BuildXlsx(), "ledger.xlsx", LedgerKind.Funds);
        Assert.Equal(Severity.Warning, ledger.Only(Rules.HeaderNoPeriod).Severity);
        ledger.HasNo(Rules.FundDateOutsidePeriod);
        Assert.Equal(PeriodSource.None, ledger.PeriodSource);
    }

    [Fact]
    public void Reads_the_first_sheet_with_a_header_and_warns_about_another_one()
    {
        var header = RawXlsx.Row(1, "日期", "凭证号", "摘要", "科目编码", "收入金额");
        var workbook = RawXlsx.Workbook([
            ("填写说明", RawXlsx.Row(1, "请按模板填写"), ""),
            ("~选项", header, ""),
            ("10月", header + RawXlsx.Row(2, new DateTime(2026, 10, 5), "记-1", "收租金", "501", 5m), ""),
            ("11月", header + RawXlsx.Row(2, new DateTime(2026, 11, 5), "记-1", "收租金", "501", 5m), ""),
        ]);

        var ledger = Parse.Bytes(workbook);

        Assert.Equal(("10月", 1), (ledger.Sheet, ledger.RowCount));
        var other = ledger.Only(Rules.HeaderOtherSheet);
        Assert.Equal(("11月", "11月", Severity.Warning), (other.Sheet, other.Value, other.Severity));
    }

    [Fact]
    public void Skips_the_header_repeated_at_a_page_break()
    {
        var builder = new LedgerSheetBuilder(FundsSchema.Schema)
            .WithMarker("summary", "期初余额", new Dictionary<string, object?> { ["balance"] = 100m })
            .WithItem(Item(new DateTime(2026, 10, 5), "收租金", 50m, null, 150m))
            .WithRaw([.. FundsSchema.Schema.Columns.Select(c => (object?)c.Header)])
            .WithItem(Item(new DateTime(2026, 10, 6), "收租金", 50m, null, 200m));

        var ledger = Parse.Xlsx(builder, LedgerKind.Funds);

        Assert.Equal(2, ledger.RowCount);
        Assert.True(ledger.Report.Findings.Count == 0, ledger.Describe());
    }

    [Fact]
    public void Reads_a_header_map_with_letters_and_printed_headers()
    {
        var ledger = Parse.Xlsx(Builders.Ledgers.Funds(), LedgerKind.Funds);
        var balance = ledger.Column("balance")!;
        Assert.Equal(("H", 7, "余额", (ColumnPart?)null), (balance.Letter, balance.Index, balance.Header, balance.Part));
    }
}
