using System.Text;
using ClosedXML.Excel;
using ThreeAssets.Core.Annotation;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Annotation;

public class WorkbookAnnotatorTests
{
    private const string Sheet = "资金收支明细";

    private static readonly Finding BadAmount = Rules.CellNotNumber.At(new CellSite(Sheet, 3, "支出金额", "C3"), "1,2OO", "1200.00");
    private static readonly Finding NoApprover = Rules.FundNoApprover.At(new CellSite(Sheet, 4, "审批人", "D4"), "3,410.39");
    private static readonly Finding BadBalance = Rules.FundBalance.At(new CellSite(Sheet, 4, "余额", "E4"), "100.00", "90.00");
    private static readonly Finding BalanceWarning = Rules.FundAccountName.At(new CellSite(Sheet, 4, "余额", "E4"), "x", "管理费用", "513");
    private static readonly Finding WholeFile = Rules.FundNoOpening.At(new CellSite(Sheet, 0), expected: "0.00");

    private static byte[] SmallLedger()
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add(Sheet);
        string[] header = ["日期", "摘要", "支出金额", "审批人", "余额"];
        for (var i = 0; i < header.Length; i++) sheet.Cell(2, i + 1).SetValue(header[i]);
        sheet.Cell(1, 1).SetValue("东营村2026年10月资金收支明细表");
        sheet.Cell(3, 2).SetValue("办公用品");
        sheet.Cell(3, 3).SetValue("1,2OO");
        sheet.Cell(4, 2).SetValue("修路");
        sheet.Cell(4, 5).SetValue(100);
        sheet.Cell(4, 5).Style.Font.Bold = true;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static XLWorkbook Annotate(byte[] original, params Finding[] findings) =>
        new(new MemoryStream(WorkbookAnnotator.Annotate(original, new ValidationReport(findings))));

    [Fact]
    public void Fills_error_cells_red_and_warning_cells_yellow_with_the_message_as_comment()
    {
        using var book = Annotate(SmallLedger(), BadAmount, NoApprover);
        var sheet = book.Worksheet(Sheet);

        Assert.Equal(FindingMarks.ErrorFill, sheet.Cell("C3").Style.Fill.BackgroundColor);
        Assert.Contains(BadAmount.Message, sheet.Cell("C3").Comment.Text);
        Assert.Equal(FindingMarks.WarningFill, sheet.Cell("D4").Style.Fill.BackgroundColor);
        Assert.Contains("【提醒】FUND-NO-APPROVER", sheet.Cell("D4").Comment.Text);
        Assert.False(sheet.Cell("B3").HasComment);
    }

    [Fact]
    public void Several_findings_on_one_cell_share_one_comment_and_the_error_colour()
    {
        using var book = Annotate(SmallLedger(), BalanceWarning, BadBalance);
        var cell = book.Worksheet(Sheet).Cell("E4");

        Assert.Equal(FindingMarks.ErrorFill, cell.Style.Fill.BackgroundColor);
        Assert.Contains(BadBalance.Message, cell.Comment.Text);
        Assert.Contains(BalanceWarning.Message, cell.Comment.Text);
    }

    [Fact]
    public void Keeps_the_original_content_and_formatting()
    {
        using var book = Annotate(SmallLedger(), BadAmount);
        var sheet = book.Worksheet(Sheet);

        Assert.Equal("东营村2026年10月资金收支明细表", sheet.Cell("A1").GetString());
        Assert.Equal(100, sheet.Cell("E4").GetDouble());
        Assert.True(sheet.Cell("E4").Style.Font.Bold);
    }

    [Fact]
    public void First_sheet_lists_every_finding_with_a_link_to_its_cell()
    {
        using var book = Annotate(SmallLedger(), BadAmount, NoApprover, WholeFile);
        var list = book.Worksheet(1);
        Assert.Equal(WorkbookAnnotator.FindingsSheetName, list.Name);
        Assert.True(list.TabActive);
        Assert.StartsWith("共 3 处问题：错误 1 处", list.Cell(1, 1).GetString());

        var rows = list.RowsUsed().Where(r => r.RowNumber() > FindingsSheet.HeaderRow).ToList();
        Assert.Equal(3, rows.Count);
        var first = rows[0];
        Assert.Equal(["1", "错误", "CELL-NOT-NUMBER", Sheet, "3", "支出金额", "C3", "1,2OO", "1200.00", BadAmount.Message],
            Enumerable.Range(1, 10).Select(c => first.Cell(c).GetString()));

        var link = first.Cell(FindingsSheet.CellColumn).Hyperlink;
        Assert.False(link.IsExternal);
        Assert.Equal($"'{Sheet}'!C3", link.InternalAddress);
        Assert.Equal("C3", book.Range(link.InternalAddress).FirstCell().Address.ToString());
    }

    [Fact]
    public void Whole_file_findings_appear_only_on_the_list()
    {
        using var book = Annotate(SmallLedger(), WholeFile);
        var row = book.Worksheet(1).Row(FindingsSheet.HeaderRow + 1);

        Assert.Equal("FUND-NO-OPENING", row.Cell(3).GetString());
        Assert.True(row.Cell(5).IsEmpty());
        Assert.False(row.Cell(FindingsSheet.CellColumn).HasHyperlink);
        Assert.DoesNotContain(book.Worksheet(Sheet).CellsUsed(), c => c.HasComment);
    }

    [Fact]
    public void Upload_values_are_written_as_text_not_formulas()
    {
        var injected = Rules.CellNotNumber.At(new CellSite(Sheet, 3, "支出金额", "C3"), "=HYPERLINK(\"http://x\")", "001");
        using var book = Annotate(SmallLedger(), injected);
        var row = book.Worksheet(1).Row(FindingsSheet.HeaderRow + 1);

        Assert.False(row.Cell(8).HasFormula);
        Assert.Equal("=HYPERLINK(\"http://x\")", row.Cell(8).GetString());
        Assert.Equal("001", row.Cell(9).GetString());
    }

    [Fact]
    public void Gbk_csv_is_rebuilt_from_its_values_and_annotated()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = Encoding.GetEncoding("GB18030").GetBytes("日期,摘要,支出金额\r\n2026-10-05,购买办公用品,1,2OO\r\n");
        var finding = Rules.CellNotNumber.At(new CellSite("", 2, "支出金额", "C2"), "1,2OO", "1200.00");
        using var book = Annotate(csv, finding);

        Assert.Equal([WorkbookAnnotator.FindingsSheetName, "数据"], book.Worksheets.Select(w => w.Name));
        var data = book.Worksheet("数据");
        Assert.Equal("购买办公用品", data.Cell("B2").GetString());
        Assert.Equal(FindingMarks.ErrorFill, data.Cell("C2").Style.Fill.BackgroundColor);
        Assert.Equal("'数据'!C2", book.Worksheet(1).Cell(FindingsSheet.HeaderRow + 1, FindingsSheet.CellColumn).Hyperlink.InternalAddress);
    }

    [Fact]
    public void Unreadable_upload_still_gets_the_findings_list()
    {
        var finding = Rules.FileUnreadable.At(new CellSite("", 0), detail: "文件已损坏");
        using var book = Annotate([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], finding);

        Assert.Equal(WorkbookAnnotator.FindingsSheetName, Assert.Single(book.Worksheets).Name);
        Assert.Contains("无法打开", book.Worksheet(1).Cell(1, 1).GetString());
    }

    [Theory]
    [InlineData("东营村10月.xls", "东营村10月-检查结果.xlsx")]
    [InlineData("funds-2026-06.csv", "funds-2026-06-检查结果.xlsx")]
    [InlineData("", "台账-检查结果.xlsx")]
    public void Download_name_says_it_is_the_checked_copy(string upload, string expected)
    {
        Assert.Equal(expected, WorkbookAnnotator.FileNameFor(upload));
    }

    [Fact]
    public void Refuses_originals_above_the_upload_limit()
    {
        var huge = new byte[WorkbookAnnotator.MaxOriginalBytes + 1];
        Assert.Throws<ArgumentException>(() => WorkbookAnnotator.Annotate(huge, new ValidationReport([])));
    }
}
