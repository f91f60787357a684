using System.Globalization;
using ClosedXML.Excel;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Annotation;

/// <summary>
/// The 检查结果 sheet, first in the workbook and active on opening: a count line, then one row per
/// finding, with a link from 单元格 to the flagged cell.
/// </summary>
internal static class FindingsSheet
{
    /// <summary>Header row of the table; findings start on the row below.</summary>
    public const int HeaderRow = 3;

    /// <summary>Column of the linked A1 reference.</summary>
    public const int CellColumn = 7;

    private static readonly (string Header, double Width)[] Columns =
    [
        ("序号", 6), ("严重程度", 10), ("规则代码", 24), ("工作表", 14), ("行", 7), ("列", 14),
        ("单元格", 9), ("找到的值", 18), ("应为", 18), ("说明", 80),
    ];

    public static void Add(XLWorkbook workbook, ValidationReport report, HashSet<Finding> placed, bool hasOriginal)
    {
        var sheet = workbook.Worksheets.Add(UniqueName(workbook), 1);
        SafeText.Set(sheet.Cell(1, 1), Summary(report, hasOriginal));
        sheet.Cell(1, 1).Style.Font.Bold = true;

        for (var c = 0; c < Columns.Length; c++)
        {
            var header = sheet.Cell(HeaderRow, c + 1);
            SafeText.Set(header, Columns[c].Header);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
            sheet.Column(c + 1).Width = Columns[c].Width;
        }
        sheet.Column(Columns.Length).Style.Alignment.WrapText = true;

        var row = HeaderRow;
        foreach (var finding in report.Findings)
        {
            row++;
            sheet.Cell(row, 1).SetValue(row - HeaderRow);
            SafeText.Set(sheet.Cell(row, 2), RuleFamilies.SeverityText(finding.Severity));
            sheet.Cell(row, 2).Style.Fill.BackgroundColor = finding.Severity == Severity.Error ? FindingMarks.ErrorFill : FindingMarks.WarningFill;
            SafeText.Set(sheet.Cell(row, 3), finding.Code);
            SafeText.Set(sheet.Cell(row, 4), WorkbookAnnotator.SheetOf(workbook, finding)?.Name ?? finding.Sheet);
            if (finding.Row > 0) sheet.Cell(row, 5).SetValue(finding.Row);
            SafeText.Set(sheet.Cell(row, 6), finding.Column);
            SafeText.Set(sheet.Cell(row, CellColumn), finding.Cell);
            SafeText.Set(sheet.Cell(row, 8), finding.Value);
            SafeText.Set(sheet.Cell(row, 9), finding.Expected);
            SafeText.Set(sheet.Cell(row, 10), finding.Message);
            if (placed.Contains(finding) && WorkbookAnnotator.SheetOf(workbook, finding) is { } target)
            {
                var link = sheet.Cell(row, CellColumn);
                link.Hyperlink = new XLHyperlink($"'{target.Name.Replace("'", "''", StringComparison.Ordinal)}'!{finding.Cell}");
                link.Style.Font.FontColor = XLColor.Blue;
                link.Style.Font.Underline = XLFontUnderlineValues.Single;
            }
        }

        sheet.SheetView.FreezeRows(HeaderRow);
        foreach (var other in workbook.Worksheets)
        {
            other.TabSelected = false;
            other.TabActive = false;
        }
        sheet.SetTabSelected();
        sheet.SetTabActive();
    }

    // The accountant's view first: how many problems, which must be fixed, and how to get to them.
    private static string Summary(ValidationReport report, bool hasOriginal)
    {
        if (report.Findings.Count == 0) return "没有发现问题。";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"共 {report.Findings.Count} 处问题：错误 {report.ErrorCount} 处，必须改正后才能提交；提醒 {report.WarningCount} 处，不改也能提交，审核人会看到。");
        return hasOriginal
            ? text + "点「单元格」一列的蓝字，可以跳到原表中对应的格子（红色是错误，黄色是提醒）。"
            : text + "原表太大或无法打开，没有在原表上标出。";
    }

    private static string UniqueName(XLWorkbook workbook)
    {
        var name = WorkbookAnnotator.FindingsSheetName;
        for (var i = 2; workbook.Worksheets.Contains(name); i++)
            name = string.Create(CultureInfo.InvariantCulture, $"{WorkbookAnnotator.FindingsSheetName}{i}");
        return name;
    }
}
