using System.Text;
using ThreeAssets.Core.Annotation;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Tests.Builders;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Reading;

/// <summary>A cell longer than Excel allows (a CSV can hold one): refused, quoted short, and the annotated workbook still works.</summary>
public sealed class HugeCellTests
{
    private static byte[] CsvWithSummaryOf(int length) => Encoding.UTF8.GetBytes(
        "桃源村2026年10月资金收支明细表\n日期,凭证号,摘要,科目编码,收入金额,支出金额\n2026-10-05,记-1,收租金,501,88,\n"
        + "2026-10-06,记-2," + new string('甲', length) + ",501,1,\n");

    [Fact]
    public void A_cell_over_32767_characters_is_refused_with_its_cell_and_length()
    {
        var ledger = Parse.Bytes(CsvWithSummaryOf(2_000_000), name: "funds-2026-10.csv");

        var finding = Assert.Single(ledger.Report.Findings, f => f.Code == "CELL-OVER-EXCEL-LIMIT");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(4, finding.Row);
        Assert.Equal("C4", finding.Cell);
        Assert.Equal("摘要", finding.Column);
        Assert.Contains("2000000 个字", finding.Message, StringComparison.Ordinal);
        Assert.Contains("32767", finding.MessageEn, StringComparison.Ordinal);
        Assert.False(ledger.Report.CanSubmit);
    }

    [Fact]
    public void A_huge_quoted_gbk_cell_with_commas_and_line_breaks_is_cut_before_parsing_and_reported_at_its_real_length()
    {
        var gbk = Encoding.GetEncoding("GB18030");
        var huge = string.Concat(Enumerable.Repeat("甲,乙\n丙\"\"", 200_000)); // as written; the cell reads each doubled quote as one
        var file = gbk.GetBytes("桃源村2026年10月资金收支明细表\n日期,凭证号,摘要,科目编码,收入金额,支出金额\n2026-10-05,记-1,收租金,501,88,\n"
            + "2026-10-06,记-2,\"" + huge + "\",501,1,\n");

        var clamped = CsvFieldClamp.Clamp(file, gbk);
        Assert.True(clamped.Length < CsvFieldClamp.MaxFieldBytes + 1_000, $"{clamped.Length} bytes after cutting");

        var ledger = Parse.Bytes(file, name: "funds-2026-10.csv");
        var finding = Assert.Single(ledger.Report.Findings, f => f.Code == "CELL-OVER-EXCEL-LIMIT");
        Assert.Equal(("C4", 4), (finding.Cell, finding.Row));
        Assert.Contains("1200000 个字", finding.Message, StringComparison.Ordinal);
        // The cells after the huge one are still read as their own: nothing is missing from that row.
        Assert.DoesNotContain(ledger.Report.Findings, f => f.Row == 4 && f.Column is "科目编码" or "收入金额");
    }

    [Fact]
    public void A_file_without_a_long_field_is_not_copied_and_a_long_but_legal_one_is_not_cut()
    {
        var legal = CsvWithSummaryOf(SheetSource.MaxCellChars); // 32,767 × 3 bytes: long, under the cap
        Assert.Same(legal, CsvFieldClamp.Clamp(legal, Encoding.UTF8));
    }

    [Fact]
    public void A_cell_of_exactly_32767_characters_is_no_such_finding()
    {
        var ledger = Parse.Bytes(CsvWithSummaryOf(SheetSource.MaxCellChars), name: "funds-2026-10.csv");

        Assert.DoesNotContain(ledger.Report.Findings, f => f.Code == "CELL-OVER-EXCEL-LIMIT");
    }

    [Fact]
    public void Findings_quote_at_most_200_characters_of_any_value()
    {
        var ledger = Parse.Bytes(CsvWithSummaryOf(2_000_000), name: "funds-2026-10.csv");

        Assert.NotEmpty(ledger.Report.Findings);
        Assert.All(ledger.Report.Findings, f =>
        {
            Assert.True((f.Value?.Length ?? 0) <= Rule.MaxQuotedLength, f.Code);
            Assert.True((f.Expected?.Length ?? 0) <= Rule.MaxQuotedLength, f.Code);
            Assert.True(f.Message.Length < 1000, f.Code);
        });
    }

    [Fact]
    public void A_long_value_is_quoted_by_its_start_and_an_ellipsis()
    {
        var finding = Rules.CellTooLong.At(new CellSite("", 5, "摘要", "C5"), new string('甲', 5_000), "200", "5000");

        Assert.Equal(Rule.MaxQuotedLength, finding.Value!.Length);
        Assert.EndsWith("甲…", finding.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_annotated_workbook_of_a_file_with_a_huge_cell_opens_with_its_findings()
    {
        var csv = CsvWithSummaryOf(2_000_000);
        var ledger = Parse.Bytes(csv, name: "funds-2026-10.csv");

        var annotated = WorkbookAnnotator.Annotate(csv, ledger.Report);

        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(annotated));
        var findings = workbook.Worksheets.First();
        Assert.Contains(findings.CellsUsed(), c => c.GetString() == "CELL-OVER-EXCEL-LIMIT");
        Assert.All(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => Assert.True(c.GetString().Length <= SheetSource.MaxCellChars));
    }
}
