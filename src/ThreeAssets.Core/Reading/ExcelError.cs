namespace ThreeAssets.Core.Reading;

/// <summary>An Excel error value found in a cell (#REF!, #DIV/0!); kept as a value so it becomes a CELL finding.</summary>
internal sealed record ExcelError(string Text)
{
    private static readonly string[] Known = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"];

    /// <summary>An error value written as text, as CSV exports and some writers leave them.</summary>
    public static ExcelError? FromText(string text) =>
        text.Length is > 2 and < 16 && text[0] == '#' && Array.IndexOf(Known, text.Trim().ToUpperInvariant()) >= 0
            ? new ExcelError(text.Trim().ToUpperInvariant())
            : null;

    public override string ToString() => Text;
}
