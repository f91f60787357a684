using ClosedXML.Excel;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Annotation;

/// <summary>
/// Makes the "annotated workbook" an accountant downloads after an upload (DESIGN §3): the uploaded
/// workbook with each flagged cell filled red (errors) or yellow (warnings) and a comment holding the
/// messages, plus a first sheet 检查结果 that lists every finding with a link to its cell.
/// </summary>
/// <remarks>
/// An .xlsx is annotated in place with ClosedXML, so everything else in it stays as it was. ClosedXML
/// cannot open .xls or .csv, so for those (and for an .xlsx ClosedXML fails on) a workbook of the
/// original cell values is built first. ClosedXML holds the whole workbook in memory (hundreds of
/// bytes per cell), so a sheet too big to load safely gets the 检查结果 sheet only.
/// </remarks>
public static class WorkbookAnnotator
{
    /// <summary>Name of the findings sheet put first in the workbook.</summary>
    public const string FindingsSheetName = "检查结果";

    /// <summary>Largest original accepted: the upload limit.</summary>
    public const long MaxOriginalBytes = 20L * 1024 * 1024;

    /// <summary>Annotates <paramref name="original"/> (xlsx, xls or csv, told apart by content) and returns xlsx bytes.</summary>
    /// <exception cref="ArgumentException">The original is larger than <see cref="MaxOriginalBytes"/>.</exception>
    public static byte[] Annotate(byte[] original, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(report);
        if (original.Length > MaxOriginalBytes)
            throw new ArgumentException($"The original workbook is {original.Length} bytes; uploads are at most {MaxOriginalBytes}.", nameof(original));

        var source = SourceWorkbook.Open(original);
        using var workbook = source.Workbook;
        var marked = source.HasOriginal ? FindingMarks.Apply(workbook, report.Findings) : [];
        FindingsSheet.Add(workbook, report, marked, source.HasOriginal);

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>
    /// The download name for an upload's annotated copy: 东营村10月.xls → 东营村10月-检查结果.xlsx
    /// (always .xlsx, whatever the upload was).
    /// </summary>
    public static string FileNameFor(string uploadedFileName)
    {
        var stem = Path.GetFileNameWithoutExtension(uploadedFileName ?? "");
        return (stem.Length == 0 ? "台账" : stem) + "-" + FindingsSheetName + ".xlsx";
    }

    /// <summary>The worksheet a finding points at: by name, or the only data sheet for CSV (sheet "").</summary>
    internal static IXLWorksheet? SheetOf(XLWorkbook workbook, Finding finding)
    {
        if (finding.Sheet.Length == 0)
            return workbook.Worksheets.FirstOrDefault(w => w.Name != FindingsSheetName);
        return workbook.Worksheets.TryGetWorksheet(finding.Sheet, out var sheet) ? sheet : null;
    }
}
