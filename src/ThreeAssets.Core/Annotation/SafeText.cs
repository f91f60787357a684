using ClosedXML.Excel;

namespace ThreeAssets.Core.Annotation;

/// <summary>
/// Writes text into a ClosedXML cell as text, never as a formula, number or date: values come from
/// an upload, and "=HYPERLINK(…)" or "001" must stay exactly what the accountant typed.
/// </summary>
internal static class SafeText
{
    public static void Set(IXLCell cell, string? text)
    {
        // SetValue<string> stores text as is (the Value setter would parse "=" as a formula); the
        // explicit data type keeps "2026-10-05" and "001" from being read back as a date or number.
        // Excel refuses a cell over 32,767 characters (ClosedXML throws); the reader cuts such cells
        // already, this keeps any other text from breaking the whole workbook.
        cell.SetValue(text is { Length: > Reading.SheetSource.MaxCellChars } ? text[..Reading.SheetSource.MaxCellChars] : text ?? "");
        cell.DataType = XLDataType.Text;
    }
}
