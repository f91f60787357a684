using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Tests.Builders;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Reading;

/// <summary>Dates and amounts as accountants write them, and the CELL rules when they cannot be read.</summary>
public sealed class CellValueTests
{
    private static ParsedLedger WithSecondItem(Action<Dictionary<string, object?>> change) =>
        Parse.Xlsx(Builders.Ledgers.Funds(1, change), LedgerKind.Funds);

    [Theory]
    [InlineData("2026-10-08")]
    [InlineData("2026/10/8")]
    [InlineData("2026.10.08")]
    [InlineData("2026年10月8日")]
    [InlineData("20261008")]
    [InlineData("２０２６－１０－０８")]
    [InlineData("2026-10-08 00:00:00")]
    [InlineData("10月8日")]
    [InlineData("10-08")]
    public void Reads_dates_written_as_text(string text)
    {
        var ledger = WithSecondItem(i => i["date"] = text);
        Assert.True(ledger.Report.Findings.Count == 0, ledger.Describe());
        Assert.Equal(new DateOnly(2026, 10, 8), ledger.FundsRows[1].Date);
    }

    [Fact]
    public void Reads_dates_written_as_excel_serial_numbers()
    {
        Assert.Equal(new DateOnly(2026, 10, 8), WithSecondItem(i => i["date"] = 46303d).FundsRows[1].Date);
    }

    [Theory]
    [InlineData("10月32日")]
    [InlineData("2026-13-01")]
    [InlineData("昨天")]
    public void Flags_text_that_is_no_date(string text)
    {
        var finding = WithSecondItem(i => i["date"] = text).Only(Rules.CellNotDate);
        Assert.Equal(("A4", text), (finding.Cell, finding.Value));
    }

    [Theory]
    [InlineData("1,200.00")]
    [InlineData("¥1,200")]
    [InlineData("￥1200.0")]
    [InlineData("1200元")]
    [InlineData(" 1 200.00 ")]
    [InlineData("１２００")]
    [InlineData("'1200")]
    public void Reads_amounts_written_as_text(string text)
    {
        var ledger = WithSecondItem(i => i["expense"] = text);
        Assert.True(ledger.Report.Findings.Count == 0, ledger.Describe());
        Assert.Equal(120_000, ledger.FundsRows[1].Expense);
    }

    [Fact]
    public void Explains_a_letter_O_typed_for_a_zero()
    {
        var ledger = WithSecondItem(i => i["expense"] = "1,2OO");
        var finding = ledger.Only(Rules.CellNotNumber);
        Assert.Single(ledger.Report.Findings);
        Assert.Equal(("G4", "1,2OO", "1200"), (finding.Cell, finding.Value, finding.Expected));
        Assert.Contains("字母", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("非法", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flags_more_than_two_decimals()
    {
        var finding = WithSecondItem(i => i["expense"] = 1200.555m).Only(Rules.CellDecimals);
        Assert.Equal("1200.56", finding.Expected);
    }

    [Fact]
    public void Reads_bracketed_amounts_as_negative()
    {
        Assert.Equal("(300.00)", WithSecondItem(i => i["expense"] = "(300.00)").Only(Rules.CellRange).Value);
    }

    [Fact]
    public void Reads_counts_and_areas_written_with_their_unit()
    {
        Assert.Equal(3, WithSecondItem(i => i["attachments"] = "3张").FundsRows[1].Attachments);
        var resources = Parse.Xlsx(Builders.Ledgers.Resources(1, i => i["area"] = "171.11亩"), LedgerKind.Resources, Period.OfQuarter(2026, 2));
        Assert.Equal(171.11m, resources.RowsOf<ResourceRow>()[1].AreaMu);
    }

    [Fact]
    public void Flags_a_fractional_attachment_count()
    {
        Assert.Equal("M4", WithSecondItem(i => i["attachments"] = 2.5m).Only(Rules.CellNotInteger).Cell);
    }

    [Fact]
    public void Flags_negative_amounts_but_accepts_a_negative_balance()
    {
        WithSecondItem(i => i["expense"] = -5m).Only(Rules.CellRange);
        var builder = Builders.Ledgers.Funds(totals: false).WithItem(
            Builders.Ledgers.FundsItem(new DateTime(2026, 10, 30), "记-4", "付工程款", "515", "其他支出", null, 20000m, -6500.5m));
        Parse.Xlsx(builder, LedgerKind.Funds).HasNo(Rules.CellRange);
    }

    [Fact]
    public void Flags_a_value_outside_the_list_and_accepts_an_old_spelling()
    {
        Assert.Contains("现金、银行转账、其他", WithSecondItem(i => i["settlement"] = "支票").Only(Rules.CellList).Message, StringComparison.Ordinal);
        WithSecondItem(i => i["settlement"] = "银行 转帐").HasNo(Rules.CellList);
    }

    [Fact]
    public void Flags_text_longer_than_the_column_allows()
    {
        Assert.Equal("201", WithSecondItem(i => i["summary"] = new string('费', 201)).Only(Rules.CellTooLong).Value!.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Flags_an_empty_required_cell()
    {
        var finding = WithSecondItem(i => i["voucher"] = null).Only(Rules.CellRequired);
        Assert.Equal(("B4", "凭证号"), (finding.Cell, finding.Column));
    }

    [Fact]
    public void Flags_an_excel_error_value()
    {
        var finding = WithSecondItem(i => i["balance"] = RawCell.Error("#REF!")).Only(Rules.CellExcelError);
        Assert.Equal(("H4", "#REF!"), (finding.Cell, finding.Value));
    }

    [Fact]
    public void Reads_rich_text_shared_strings_as_their_plain_text()
    {
        const string shared = "<si><r><t>支付</t></r><r><rPr><b/></rPr><t>路灯电费</t></r></si>";
        var sheet = RawXlsx.Row(1, "日期", "凭证号", "摘要", "科目编码", "收入金额", "支出金额")
            + RawXlsx.Row(2, new DateTime(2026, 10, 3), "记-1", RawCell.Shared(0), "514", null, 30m);
        var ledger = Parse.Bytes(RawXlsx.Package(sheet, shared));
        Assert.Equal("支付路灯电费", ledger.FundsRows.Single().Summary);
    }
}
