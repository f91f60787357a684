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
    private readonly List<VerticalMerge> _activeMerges = [];
    private int _captureIndex;
    private int _fillIndex;

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

    /// <summary>Excel's own limit on the text of one cell; a CSV can hold more, a real ledger never does.</summary>
    public const int MaxCellChars = 32_767;

    /// <summary>
    /// Cells over <see cref="MaxCellChars"/> read so far. Their text is cut to its start as it is read, so
    /// that nothing after the reader (rules, reports, the annotated workbook) ever holds the whole of it.
    /// </summary>
    public List<OversizedCell> Oversized { get; } = [];

    /// <param name="file">The upload, whose format has been told by its content.</param>
    /// <param name="sheetTails">For xlsx, the sheet tails <see cref="ZipGuard"/> kept while measuring the package, if it did.</param>
    public static SheetSource Open(byte[] file, FileFormat format, int maxColumns, IReadOnlyDictionary<string, string?>? sheetTails = null)
    {
        var encoding = format == FileFormat.Csv ? FileFormatDetector.CsvEncoding(file) : Encoding.UTF8;
        var stream = new MemoryStream(format == FileFormat.Csv ? CsvFieldClamp.Clamp(file, encoding) : file, writable: false);
        var config = new ExcelReaderConfiguration { FallbackEncoding = encoding };
        IRowReader reader = format switch
        {
            FileFormat.Xlsx => new XlsxSheetReader(stream, maxColumns, sheetTails),
            FileFormat.Csv => new ExcelDataRowReader(ExcelReaderFactory.CreateCsvReader(stream, config)),
            // OLE2 may be a BIFF .xls or an encrypted xlsx; the factory tells them apart.
            _ => new ExcelDataRowReader(ExcelReaderFactory.CreateReader(stream, config), XlsErrorCells.Read(file)),
        };
        return new SheetSource(reader, maxColumns);
    }

    /// <summary>Moves to the next sheet; false when there is none.</summary>
    public bool NextSheet()
    {
        RowNumber = 0;
        (_captureIndex, _fillIndex) = (0, 0);
        _activeMerges.Clear();
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
            if (value is string { Length: > MaxCellChars } text)
            {
                Oversized.Add(new OversizedCell(SheetName, RowNumber, i, CsvFieldClamp.OriginalLength(text) ?? text.Length));
                value = Validation.Rule.Quote(text);
            }
            Cells[i] = value;
            empty &= value is null;
        }
        Array.Clear(Cells, Width, _maxColumns - Width);
        IsEmpty = empty;
        CaptureMerges();
        return true;
    }

    /// <summary>Remembers the value at the top of each vertical merge as its first row goes by.</summary>
    private void CaptureMerges()
    {
        var merges = _reader.Merges;
        for (; _captureIndex < merges.Count && merges[_captureIndex].FirstRow <= RowNumber; _captureIndex++)
        {
            var merge = merges[_captureIndex];
            if (merge.FirstRow == RowNumber && merge.Column < _maxColumns)
                merge.Value = Cells[merge.Column];
        }
    }

    /// <summary>
    /// Gives the empty cells of a data row the value of the vertical merge they lie in (a date merged
    /// over three lines belongs to all three). Header rows are not filled: a merged parent header
    /// must stay a parent.
    /// </summary>
    public int FillMerged(object?[] cells, int width, int row)
    {
        var merges = _reader.Merges;
        if (merges.Count == 0) return width;
        for (; _fillIndex < merges.Count && merges[_fillIndex].FirstRow < row; _fillIndex++)
            _activeMerges.Add(merges[_fillIndex]);
        _activeMerges.RemoveAll(m => m.LastRow < row);
        foreach (var merge in _activeMerges)
        {
            if (merge.FirstRow < row && merge.Column < cells.Length && cells[merge.Column] is null && merge.Value is not null)
            {
                cells[merge.Column] = merge.Value;
                width = Math.Max(width, merge.Column + 1);
            }
        }
        return width;
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

/// <summary>A cell whose text is longer than Excel allows: where it is and how long it was.</summary>
internal sealed record OversizedCell(string Sheet, int Row, int Column, int Length);

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

    /// <summary>Ranges of the current sheet merged down several rows, by first row.</summary>
    IReadOnlyList<VerticalMerge> Merges { get; }
}

/// <summary>ExcelDataReader for .xls and CSV.</summary>
internal sealed class ExcelDataRowReader : IRowReader
{
    private static readonly Dictionary<(int, int), ExcelError> NoErrors = [];
    private readonly IExcelDataReader _reader;
    private readonly IReadOnlyDictionary<string, Dictionary<(int Row, int Column), ExcelError>> _errors;
    private Dictionary<(int Row, int Column), ExcelError> _sheetErrors = NoErrors;

    /// <param name="errors">For .xls, its error cells by sheet (<see cref="XlsErrorCells"/>): ExcelDataReader reads them as empty.</param>
    public ExcelDataRowReader(IExcelDataReader reader, IReadOnlyDictionary<string, Dictionary<(int Row, int Column), ExcelError>>? errors = null)
    {
        _reader = reader;
        _errors = errors ?? new Dictionary<string, Dictionary<(int, int), ExcelError>>();
        Merges = [];
        OnSheet();
    }

    public string Name => _reader.Name ?? "";

    public int Depth => _reader.Depth;

    public int FieldCount => _reader.FieldCount;

    public IReadOnlyList<VerticalMerge> Merges { get; private set; }

    public object? GetValue(int i) =>
        _reader.GetValue(i) ?? (_sheetErrors.TryGetValue((_reader.Depth, i), out var error) ? error : null);

    public bool Read() => _reader.Read();

    public bool NextResult()
    {
        var more = _reader.NextResult();
        if (more) OnSheet();
        else Merges = [];
        return more;
    }

    public void Dispose() => _reader.Dispose();

    private void OnSheet()
    {
        _sheetErrors = _errors.TryGetValue(Name, out var errors) ? errors : NoErrors;
        // An .xls sheet's merged ranges are among the records ExcelDataReader reads before its first row
        // is returned, so they are known in time; a CSV has none.
        Merges = (_reader.MergeCells ?? [])
            .Where(range => range.ToRow > range.FromRow)
            .Select(range => new VerticalMerge(range.FromRow + 1, range.ToRow + 1, range.FromColumn))
            .OrderBy(merge => merge.FirstRow)
            .ToList();
    }
}
