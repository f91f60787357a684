using ClosedXML.Excel;
using ThreeAssets.Core.Reading;

namespace ThreeAssets.Core.Annotation;

/// <summary>
/// Builds an xlsx of an upload's cell values (no formatting), sheet by sheet and at the same row and
/// column positions, so that findings' A1 references land on the same cells as in the original.
/// Reads through the engine's <see cref="SheetSource"/>: the same encoding detection (UTF-8 or GB18030)
/// and the same values the validation saw.
/// </summary>
internal static class ValuesWorkbook
{
    /// <summary>Sheet name used for a CSV file, which has none.</summary>
    public const string CsvSheetName = "数据";

    private const double MinWidth = 8, MaxWidth = 50;

    public static XLWorkbook? TryBuild(byte[] original, FileFormat format, int maxCells)
    {
        var workbook = new XLWorkbook();
        try
        {
            using var source = SheetSource.Open(original, format, ReaderLimits.Default.MaxColumns);
            var cells = 0;
            do
            {
                var name = source.SheetName.Length == 0 ? CsvSheetName : source.SheetName;
                var sheet = workbook.Worksheets.Add(name);
                var widths = new double[ReaderLimits.Default.MaxColumns];
                while (source.ReadRow())
                {
                    for (var i = 0; i < source.Width; i++)
                    {
                        if (source.Cells[i] is not { } value) continue;
                        if (++cells > maxCells) { workbook.Dispose(); return null; }
                        var text = Write(sheet.Cell(source.RowNumber, i + 1), value);
                        widths[i] = Math.Max(widths[i], DisplayWidth(text));
                    }
                }
                // Widths by hand: ClosedXML's AdjustToContents needs fonts this server may lack.
                for (var i = 0; i < widths.Length; i++)
                    if (widths[i] > 0) sheet.Column(i + 1).Width = Math.Clamp(widths[i] + 2, MinWidth, MaxWidth);
            }
            while (source.NextSheet());
            return workbook.Worksheets.Count > 0 ? workbook : null;
        }
#pragma warning disable CA1031 // An unreadable upload still gets its findings list; the reader already reported why.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            workbook.Dispose();
            return null;
        }
    }

    private static string Write(IXLCell cell, object value)
    {
        switch (value)
        {
            case double number:
                cell.SetValue(number);
                return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case DateTime date:
                cell.SetValue(date);
                cell.Style.DateFormat.Format = "yyyy-mm-dd";
                return date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            case bool flag:
                cell.SetValue(flag);
                return "FALSE";
            default:
                var text = value.ToString() ?? "";
                SafeText.Set(cell, text);
                return text;
        }
    }

    // CJK characters take two columns of width in Excel's character units.
    private static double DisplayWidth(string text) => text.Sum(c => c > 0x2E80 ? 2.0 : 1.0);
}
