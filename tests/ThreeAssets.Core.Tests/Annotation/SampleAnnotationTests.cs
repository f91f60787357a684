using ClosedXML.Excel;
using ThreeAssets.Core.Annotation;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Annotation;

/// <summary>
/// Uploads written by other programs, read by the engine and annotated: the marks land on the cells
/// the engine's findings name, whether the original is annotated in place (.xlsx) or rebuilt from
/// its values (.xls, GB18030 .csv).
/// </summary>
public class SampleAnnotationTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Samples");

    [Theory]
    [InlineData("funds-2026-05-with-errors.xlsx", "2026-05")]
    [InlineData("funds-2026-08-libreoffice.xlsx", "2026-08")]
    [InlineData("funds-2026-07-legacy.xls", "2026-07")]
    [InlineData("funds-2026-06-gbk.csv", "2026-06")]
    public void Findings_of_a_real_upload_land_on_their_cells(string file, string period)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        var ledger = LedgerReader.Read(bytes, file, LedgerKind.Funds, Period.Parse(period));
        // A probe on the first row's 摘要, so that every sample has a finding whose cell content is known.
        var first = ledger.FundsRows[0];
        var summary = ledger.Column(FundsSchema.Summary.Key)!;
        var probe = Rules.FundNoApprover.At(new CellSite(ledger.Sheet, first.SourceRow, summary.Header, summary.Letter + first.SourceRow), "1.00");
        var findings = ledger.Report.Findings.Append(probe).ToList();

        using var book = new XLWorkbook(new MemoryStream(WorkbookAnnotator.Annotate(bytes, new ValidationReport(findings))));

        Assert.Equal(WorkbookAnnotator.FindingsSheetName, book.Worksheet(1).Name);
        Assert.Equal(findings.Count, book.Worksheet(1).RowsUsed().Count(r => r.RowNumber() > FindingsSheet.HeaderRow));
        foreach (var finding in findings.Where(f => f.Row > 0 && f.Cell is not null))
        {
            var cell = WorkbookAnnotator.SheetOf(book, finding)!.Cell(finding.Cell);
            var worst = findings.Where(f => f.Sheet == finding.Sheet && f.Cell == finding.Cell).Min(f => f.Severity);
            Assert.Equal(worst == Severity.Error ? FindingMarks.ErrorFill : FindingMarks.WarningFill, cell.Style.Fill.BackgroundColor);
            Assert.Contains(finding.Code, cell.Comment.Text);
        }
        var probed = WorkbookAnnotator.SheetOf(book, probe)!.Cell(probe.Cell);
        Assert.Equal(first.Summary, probed.GetString().Trim());
    }

    [Theory]
    [InlineData("funds-2026-08-libreoffice.xlsx", "2026-08")]
    [InlineData("funds-2026-07-legacy.xls", "2026-07")]
    [InlineData("funds-2026-06-gbk.csv", "2026-06")]
    public void Annotated_copy_can_be_corrected_and_uploaded_again(string file, string period)
    {
        // Accountants fix the cells in the copy they downloaded; the 检查结果 sheet must not get in the way.
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        var original = LedgerReader.Read(bytes, file, LedgerKind.Funds, Period.Parse(period));
        var annotated = WorkbookAnnotator.Annotate(bytes, original.Report);

        var again = LedgerReader.Read(annotated, WorkbookAnnotator.FileNameFor(file), LedgerKind.Funds, Period.Parse(period));

        Assert.Equal(original.RowCount, again.RowCount);
        Assert.Equal(original.FundsSummary, again.FundsSummary);
    }
}
