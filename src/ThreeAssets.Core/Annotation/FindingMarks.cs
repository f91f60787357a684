using System.Text.RegularExpressions;
using ClosedXML.Excel;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Annotation;

/// <summary>
/// Fills each flagged cell (red when any of its findings is an error, yellow for warnings only) and
/// gives it one comment listing all its findings.
/// </summary>
internal static partial class FindingMarks
{
    public static readonly XLColor ErrorFill = XLColor.FromHtml("#FF8080");
    public static readonly XLColor WarningFill = XLColor.FromHtml("#FFE066");
    private const string Author = "三资公开平台";

    /// <summary>Marks the cells and returns the findings that were placed on a cell.</summary>
    public static HashSet<Finding> Apply(XLWorkbook workbook, IReadOnlyList<Finding> findings)
    {
        var placed = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        var byCell = findings
            .Where(f => f.Row > 0 && f.Cell is { } a1 && A1().IsMatch(a1))
            .GroupBy(f => (f.Sheet, Cell: f.Cell!.ToUpperInvariant()));
        foreach (var group in byCell)
        {
            if (WorkbookAnnotator.SheetOf(workbook, group.First()) is not { } sheet) continue;
            var cell = sheet.Cell(group.Key.Cell);
            var isError = group.Any(f => f.Severity == Severity.Error);
            cell.Style.Fill.BackgroundColor = isError ? ErrorFill : WarningFill;

            var comment = cell.Comment;
            comment.Author = Author;
            if (comment.Length > 0) comment.AddNewLine();
            var first = true;
            foreach (var finding in group)
            {
                if (!first) comment.AddNewLine();
                comment.AddText(Describe(finding));
                first = false;
                placed.Add(finding);
            }
            // Big enough to read the messages without resizing; Excel's default box is tiny.
            comment.Style.Size.SetWidth(40);
            comment.Style.Size.SetHeight(Math.Min(30, 6 * group.Count()));
        }
        return placed;
    }

    /// <summary>【错误】FUND-BALANCE 第 9 行「余额」是 …</summary>
    public static string Describe(Finding finding) =>
        $"【{RuleFamilies.SeverityText(finding.Severity)}】{finding.Code} {finding.Message}";

    [GeneratedRegex("^[A-Za-z]{1,3}[0-9]{1,7}$")]
    private static partial Regex A1();
}
