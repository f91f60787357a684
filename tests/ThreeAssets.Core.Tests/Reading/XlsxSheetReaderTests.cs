using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Tests.Builders;

namespace ThreeAssets.Core.Tests.Reading;

/// <summary>Cell encodings that spreadsheet programs write into sheet XML.</summary>
public sealed class XlsxSheetReaderTests
{
    private const string Header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>日期</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>凭证号</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>摘要</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>科目编码</t></is></c><c r=\"E1\" t=\"inlineStr\"><is><t>收入金额</t></is></c></row>";

    private static ParsedLedger Read(string row, string extra = "") =>
        Parse.Bytes(RawXlsx.Package(Header + row, "<si><t>记-1</t></si><si><t>收租金</t><rPh><t>ショウ</t></rPh></si>", extra));

    [Fact]
    public void Reads_cached_formula_values_string_formulas_and_shared_strings()
    {
        var ledger = Read("<row r=\"2\"><c r=\"A2\" s=\"1\"><v>46300</v></c><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"str\"><f>\"收\"&amp;\"租金\"</f><v>收租金</v></c><c r=\"D2\" t=\"s\"><v>1</v></c><c r=\"E2\"><f>SUM(1,2)</f><v>3</v></c></row>");
        var row = Assert.Single(ledger.FundsRows);
        Assert.Equal((new DateOnly(2026, 10, 5), "记-1", "收租金", 300L), (row.Date, row.Voucher, row.Summary, row.Income));
        Assert.Equal("收租金", row.AccountCode);
    }

    [Fact]
    public void Reads_cells_without_references_in_order_and_skips_columns_far_to_the_right()
    {
        var ledger = Read("<row r=\"2\"><c s=\"1\"><v>46300</v></c><c t=\"inlineStr\"><is><t>记-1</t></is></c><c t=\"inlineStr\"><is><t>收租金</t></is></c><c t=\"inlineStr\"><is><t>501</t></is></c><c><v>8</v></c><c r=\"XFD2\"><v>1</v></c></row>");
        Assert.Equal(800, Assert.Single(ledger.FundsRows).Income);
    }

    [Theory]
    [InlineData("yyyy\"年\"m\"月\"d\"日\"", true)]
    [InlineData("[$-804]yyyy年m月d日", true)]
    [InlineData("0.00_);[Red]\\(0.00\\)", false)]
    [InlineData("#,##0.00\"元\"", false)]
    public void Tells_date_formats_from_number_formats(string code, bool isDate)
    {
        Assert.Equal(isDate, XlsxPackage.IsDateFormat(code));
    }

    [Fact]
    public void Reads_sheets_written_with_a_namespace_prefix()
    {
        var package = RawXlsx.Package(Header + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>46300</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>记-1</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>收租金</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>501</t></is></c><c r=\"E2\"><v>5</v></c></row>");
        var ledger = Parse.Bytes(Prefixed(package));
        Assert.Equal(500, Assert.Single(ledger.FundsRows).Income);
    }

    /// <summary>Rewrites the sheet as OpenXML SDK exports write it: &lt;x:row&gt;, &lt;x:c&gt;…</summary>
    private static byte[] Prefixed(byte[] xlsx) => RawXlsx.RewriteSheet(xlsx, xml =>
        System.Text.RegularExpressions.Regex.Replace(xml, @"<(/?)([a-zA-Z]+)([ >/])", "<$1x:$2$3")
            .Replace("<x:worksheet xmlns=", "<x:worksheet xmlns:x=", StringComparison.Ordinal));

    [Fact]
    public void A_date_merged_down_several_lines_belongs_to_each_of_them()
    {
        var rows = RawXlsx.Row(2, new DateTime(2026, 10, 5), "记-1", "收租金", "501", 5m)
            + RawXlsx.Row(3, null, "记-2", "收利息", "502", 1m)
            + RawXlsx.Row(4, new DateTime(2026, 10, 6), "记-3", "收租金", "501", 2m);
        var ledger = Parse.Bytes(RawXlsx.Package(Header + rows, null, "<mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/></mergeCells>"));

        Assert.True(ledger.Report.Findings.All(f => f.Code == "FUND-NO-OPENING"), ledger.Describe());
        Assert.Equal([new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 6)], ledger.FundsRows.Select(r => r.Date));
    }

    [Fact]
    public void Reads_rows_on_hidden_columns()
    {
        var ledger = Read("<row r=\"2\"><c r=\"A2\" s=\"1\"><v>46300</v></c><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c><c r=\"D2\" t=\"inlineStr\"><is><t>501</t></is></c><c r=\"E2\"><v>5</v></c></row>",
            "<cols><col min=\"2\" max=\"2\" hidden=\"1\" width=\"0\"/></cols>");
        Assert.Equal("记-1", Assert.Single(ledger.FundsRows).Voucher);
    }
}
