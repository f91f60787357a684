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
    private readonly Dictionary<string, Dictionary<(int Row, int Column), string>> _errors;
    private Dictionary<(int Row, int Column), string>? _sheetErrors;

    private SheetSource(IExcelDataReader reader, int maxColumns, Dictionary<string, Dictionary<(int, int), string>> errors)
    {
        _reader = reader;
        _maxColumns = maxColumns;
        _errors = errors;
        _sheetErrors = errors.GetValueOrDefault(SheetName);
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

    /// <param name="errorCells">Excel error cells by sheet name, which the reader itself reports as empty.</param>
    public static SheetSource Open(Stream stream, FileFormat format, Encoding? csvEncoding, int maxColumns,
        Dictionary<string, Dictionary<(int, int), string>>? errorCells = null)
    {
        var config = new ExcelReaderConfiguration { LeaveOpen = true, FallbackEncoding = csvEncoding ?? Encoding.UTF8 };
        var reader = format switch
        {
            FileFormat.Xlsx => ExcelReaderFactory.CreateOpenXmlReader(stream, config),
            FileFormat.Csv => ExcelReaderFactory.CreateCsvReader(stream, config),
            // OLE2 may be a BIFF .xls or an encrypted xlsx; the factory tells them apart.
            _ => ExcelReaderFactory.CreateReader(stream, config),
        };
        return new SheetSource(reader, maxColumns, errorCells ?? []);
    }

    /// <summary>Moves to the next sheet; false when there is none.</summary>
    public bool NextSheet()
    {
        RowNumber = 0;
        var more = _reader.NextResult();
        _sheetErrors = more ? _errors.GetValueOrDefault(SheetName) : null;
        return more;
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
            if (value is null && _sheetErrors is not null && _sheetErrors.TryGetValue((RowNumber, i), out var error))
                value = new ExcelError(error);
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
