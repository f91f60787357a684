using System.Text;
using ExcelDataReader;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// Streams the sheets of a workbook or CSV one row at a time (xlsx through <see cref="XlsxSheetReader"/>,
/// .xls and CSV through ExcelDataReader), into one reused
/// cell buffer: nothing holds the whole sheet. Cells hold double, DateTime, bool, string or
/// <see cref="ExcelError"/>; empty cells are null.
/// </summary>
internal sealed class SheetSource : IDisposable
{
    private readonly IRowReader _reader;
    private readonly int _maxColumns;

    private SheetSource(IRowReader reader, int maxColumns)
    {
        _reader = reader;
        _maxColumns = maxColumns;
        Cells = new object?[maxColumns];
    }

    static SheetSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Current sheet's name ("" for CSV).</summary>
    public string SheetName => _reader.Name;

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
        IRowReader reader = format switch
        {
            FileFormat.Xlsx => new XlsxSheetReader(stream, maxColumns),
            FileFormat.Csv => new ExcelDataRowReader(ExcelReaderFactory.CreateCsvReader(stream, config)),
            // OLE2 may be a BIFF .xls or an encrypted xlsx; the factory tells them apart.
            _ => new ExcelDataRowReader(ExcelReaderFactory.CreateReader(stream, config)),
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
        double or DateTime or bool or ExcelError => value,
        int i => (double)i,
        long l => (double)l,
        decimal m => (double)m,
        TimeSpan t => t.ToString(),
        _ => value.ToString(),
    };

    public void Dispose() => _reader.Dispose();
}

/// <summary>The part of a sheet reader <see cref="SheetSource"/> uses; ExcelDataReader's shape.</summary>
internal interface IRowReader : IDisposable
{
    string Name { get; }

    /// <summary>0-based sheet row index of the current row.</summary>
    int Depth { get; }

    int FieldCount { get; }

    object? GetValue(int i);

    bool Read();

    bool NextResult();
}

/// <summary>ExcelDataReader for .xls and CSV.</summary>
internal sealed class ExcelDataRowReader(IExcelDataReader reader) : IRowReader
{
    public string Name => reader.Name ?? "";

    public int Depth => reader.Depth;

    public int FieldCount => reader.FieldCount;

    public object? GetValue(int i) => reader.GetValue(i);

    public bool Read() => reader.Read();

    public bool NextResult() => reader.NextResult();

    public void Dispose() => reader.Dispose();
}
