using ClosedXML.Excel;
using ExcelDataReader;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;

namespace ThreeAssets.Benchmarks;

/// <summary>The two ways of reading a ledger that the benchmarks compare.</summary>
internal static class Parsers
{
    public static readonly Period Quarter = Period.OfQuarter(2026, 4);

    // ExcelDataReader's configuration asks for code page 1252 even for xlsx.
    static Parsers() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>The engine: stream, parse and validate. Returns data rows read.</summary>
    public static int Engine(string path) => EngineResult(path).RowCount;

    /// <summary>The engine's whole result: its rows and report, for measuring what it keeps.</summary>
    public static ParsedLedger EngineResult(string path)
    {
        using var file = File.OpenRead(path);
        return LedgerReader.Read(file, Path.GetFileName(path), LedgerKind.Funds, Quarter);
    }

    /// <summary>ClosedXML 0.95.4: load the whole DOM and touch every used cell. Returns cells touched.</summary>
    public static int ClosedXml(string path)
    {
        using var book = new XLWorkbook(path);
        var cells = 0;
        foreach (var sheet in book.Worksheets)
        {
            foreach (var cell in sheet.CellsUsed())
            {
                _ = cell.Value;
                cells++;
            }
        }
        return cells;
    }

    /// <summary>
    /// ExcelDataReader alone, every value fetched: the floor under the engine, which streams through
    /// it. The gap between this and <see cref="Engine"/> is the engine's own parsing and validation.
    /// </summary>
    public static int ExcelDataReaderOnly(string path)
    {
        using var file = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(file);
        var cells = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (reader.GetValue(i) is not null) cells++;
            }
        }
        return cells;
    }

    public static int Run(string parser, string path) => parser switch
    {
        "engine" => Engine(path),
        "closedxml" => ClosedXml(path),
        "exceldatareader" => ExcelDataReaderOnly(path),
        "xmlscan" => XmlScan.Cells(path),
        _ => throw new ArgumentException("parser must be engine, closedxml, exceldatareader or xmlscan", nameof(parser)),
    };
}
