using System.Text;
using ExcelDataReader;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// Streams the sheets of a workbook or CSV one row at a time through ExcelDataReader, into one reused
/// cell buffer: nothing holds the whole sheet. Cells hold double, DateTime, bool, string or
/// <see cref="ExcelError"/>; empty cells are null.
/// </summary>
internal sealed class SheetSource : IDisposable
{
    private readonly IExcelDataReader _reader;
    private readonly int _maxColumns;

    private SheetSource(IExcelDataReader reader, int maxColumns)
    {
        _reader = reader;
        _maxColumns = maxColumns;
        Cells = new object?[maxColumns];
    }

    static SheetSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Current sheet's name ("" for CSV).</summary>
    public string SheetName => _reader.Name ?? "";

    /// <summary>The cells of the current row; valid until the next <see cref="ReadRow"/>.</summary>
    public object?[] Cells { get; }

    /// <summary>Columns filled in <see cref="Cells"/> for the current row.</summary>
    public int Width { get; private set; }

    /// <summary>1-based sheet row number of the current row.</summary>
    public int RowNumber { get; private set; }

    /// <summary>True when the current row has no value at all.</summary>
    public bool IsEmpty { get; private set; }

    public static SheetSource Open(Stream stream, FileFormat format, Encoding? csvEncoding, int maxColumns)
    {
        var config = new ExcelReaderConfiguration { LeaveOpen = true, FallbackEncoding = csvEncoding ?? Encoding.UTF8 };
        var reader = format switch
        {
            FileFormat.Xlsx => ExcelReaderFactory.CreateOpenXmlReader(stream, config),
            FileFormat.Csv => ExcelReaderFactory.CreateCsvReader(stream, config),
            // OLE2 may be a BIFF .xls or an encrypted xlsx; the factory tells them apart.
            _ => ExcelReaderFactory.CreateReader(stream, config),
        };
        return new SheetSource(reader, maxColumns);
    }

    /// <summary>Moves to the next sheet; false when there is none.</summary>
    public bool NextSheet()
    {
        RowNumber = 0;
        return _reader.NextResult();
    }

    /// <summary>Reads the next row into <see cref="Cells"/>; false at the end of the sheet.</summary>
    public bool ReadRow()
    {
        if (!_reader.Read())
            return false;
        // Depth is the 0-based row index in the sheet, so rows the writer skipped keep their numbers.
        RowNumber = Math.Max(RowNumber + 1, _reader.Depth + 1);
        Width = Math.Min(_reader.FieldCount, _maxColumns);
        var empty = true;
        for (var i = 0; i < Width; i++)
        {
            var value = Normalise(_reader.GetValue(i));
            Cells[i] = value;
            empty &= value is null;
        }
        Array.Clear(Cells, Width, _maxColumns - Width);
        IsEmpty = empty;
        return true;
    }

    private static object? Normalise(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 || string.IsNullOrWhiteSpace(s) ? null : (object?)ExcelError.FromText(s) ?? s,
        double or DateTime or bool => value,
        int i => (double)i,
        long l => (double)l,
        decimal m => (double)m,
        TimeSpan t => t.ToString(),
        _ => value.ToString(),
    };

    public void Dispose() => _reader.Dispose();
}
