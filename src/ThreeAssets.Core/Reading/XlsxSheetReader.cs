using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// Streams the rows of an xlsx's sheets straight from the sheet XML's UTF-8 bytes (<see cref="XmlScanner"/>).
/// Replaces ExcelDataReader for xlsx: that reader spent ~90% of a 100k-row parse in its own cell
/// handling and allocated ~3 KB per row, and it reads Excel error cells as empty. Cells beyond <c>maxColumns</c> are skipped, so
/// a cell at XFD1048576 costs nothing.
/// </summary>
internal sealed class XlsxSheetReader : IRowReader
{
    private readonly ZipArchive _archive;
    private readonly XlsxPackage _package;
    private readonly int _maxColumns;
    private readonly object?[] _cells;
    private readonly StringPool _pool = new();
    private int _sheet;
    private XmlScanner? _xml;
    private int _width;

    private readonly IReadOnlyDictionary<string, string?>? _sheetTails;

    /// <param name="sheetTails">What <see cref="ZipGuard"/> kept after &lt;/sheetData&gt; of the parts it inflated, by part name.</param>
    public XlsxSheetReader(Stream stream, int maxColumns, IReadOnlyDictionary<string, string?>? sheetTails = null)
    {
        _sheetTails = sheetTails;
        _archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        _package = XlsxPackage.Read(_archive);
        _maxColumns = maxColumns;
        _cells = new object?[maxColumns];
        Open();
    }

    public string Name => _sheet < _package.Sheets.Count ? _package.Sheets[_sheet].Name : "";

    public int Depth { get; private set; } = -1;

    public int FieldCount => _width;

    public IReadOnlyList<VerticalMerge> Merges { get; private set; } = [];

    public object? GetValue(int i) => i < _width ? _cells[i] : null;

    public bool NextResult()
    {
        _sheet++;
        return Open();
    }

    public bool Read()
    {
        if (_xml is null || !_xml.ReadToElement("row"u8)) return false;
        Depth = _xml.TryGetAttribute("r"u8, out var r) && int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n - 1 : Depth + 1;
        Array.Clear(_cells, 0, _width);
        _width = 0;
        if (_xml.IsEmptyElement) return true;
        var depth = _xml.Depth;
        var column = -1;
        while (_xml.Read() is not XmlScanner.Node.EndElement || _xml.Depth != depth)
        {
            if (_xml.NodeType != XmlScanner.Node.Element) continue;
            if (_xml.LocalName.SequenceEqual("c"u8))
                column = ReadCell(column);
            else
                _xml.Skip();
        }
        return true;
    }

    private enum CellType { Number, Shared, Boolean, Error, Date, Text }

    private static CellType TypeOf(ReadOnlySpan<byte> type) => type switch
    {
        [(byte)'n'] => CellType.Number,
        [(byte)'s'] => CellType.Shared,
        [(byte)'b'] => CellType.Boolean,
        [(byte)'e'] => CellType.Error,
        [(byte)'d'] => CellType.Date,
        _ => CellType.Text,
    };

    /// <summary>
    /// On a &lt;c&gt;: reads its value into the row and ends on its end tag. Returns its column: the one
    /// its reference names, or the one after <paramref name="previous"/> when it has none.
    /// </summary>
    private int ReadCell(int previous)
    {
        var xml = _xml!;
        int? column = null;
        var (type, style) = (CellType.Number, 0);
        foreach (var attribute in xml.Attributes)
        {
            switch (attribute.LocalName)
            {
                case [(byte)'r']:
                    column = ColumnOf(xml.Unescape(attribute.RawValue));
                    break;
                case [(byte)'t']:
                    type = TypeOf(xml.Unescape(attribute.RawValue));
                    break;
                case [(byte)'s']:
                    style = int.TryParse(xml.Unescape(attribute.RawValue), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
                    break;
            }
        }
        var at = column ?? previous + 1;
        if (xml.IsEmptyElement) return at;
        var depth = xml.Depth;
        object? value = null;
        while (xml.Read() is not XmlScanner.Node.EndElement || xml.Depth != depth)
        {
            if (xml.NodeType != XmlScanner.Node.Element) continue;
            if (xml.LocalName.SequenceEqual("v"u8))
            {
                var text = xml.ReadContent();
                value = type switch
                {
                    CellType.Number => Number(text, style),
                    CellType.Shared => SharedString(text),
                    CellType.Boolean => text.Trim(" \t\r\n"u8).SequenceEqual("1"u8),
                    CellType.Error => new ExcelError(Encoding.UTF8.GetString(text).Trim()),
                    CellType.Date => DateTime.TryParse(Encoding.UTF8.GetString(text), CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
                    _ => _pool.Intern(text),
                };
            }
            else if (xml.LocalName.SequenceEqual("is"u8))
            {
                value = _pool.Intern(XlsxPackage.ReadText(xml));
            }
            else
            {
                xml.Skip();
            }
        }
        if (at < _maxColumns && value is not null)
        {
            _cells[at] = value;
            _width = Math.Max(_width, at + 1);
        }
        return at;
    }

    private string? SharedString(ReadOnlySpan<byte> text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
            && index >= 0 && index < _package.SharedStrings.Count ? _package.SharedStrings[index] : null;

    /// <summary>A number, as a date when its style shows one.</summary>
    private object? Number(ReadOnlySpan<byte> text, int style)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return null;
        if (style < _package.DateStyles.Count && _package.DateStyles[style] && number is > -1 and < 2958466)
            return DateTime.FromOADate(_package.Date1904 ? number + 1462 : number);
        return number;
    }

    private static int? ColumnOf(ReadOnlySpan<byte> reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < (byte)'A' or > (byte)'Z') break;
            column = column * 26 + (c - 'A' + 1);
            if (column > 16_384) return null;
        }
        return column > 0 ? column - 1 : null;
    }

    private bool Open()
    {
        _xml?.Dispose();
        _xml = null;
        Depth = -1;
        _width = 0;
        Merges = [];
        if (_sheet >= _package.Sheets.Count || _archive.GetEntry(_package.Sheets[_sheet].Part) is not { } entry) return false;
        // ZipGuard inflated every part already and kept the tails that hold merges; a part without a
        // </sheetData> there has no merges either. Without the guard's pass, the sheet is scanned here.
        Merges = _sheetTails is null ? XlsxMerges.Read(entry)
            : _sheetTails.TryGetValue(entry.FullName, out var tail) ? XlsxMerges.Parse(tail) : [];
        _xml = new XmlScanner(entry.Open());
        return true;
    }

    public void Dispose()
    {
        _xml?.Dispose();
        _archive.Dispose();
    }
}
