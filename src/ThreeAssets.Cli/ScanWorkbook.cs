using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Risks;

namespace ThreeAssets.Cli;

/// <summary>
/// <c>scan --xlsx OUT</c>: the scan as a workbook an inspector can sort and filter — 风险预警 (one row per
/// risk) and 文件 (one row per file read). Every text is written as a text cell, never as a formula.
/// </summary>
internal static class ScanWorkbook
{
    public static async Task WriteAsync(Stream output, DateOnly asOf, IReadOnlyList<ScannedFile> files, IReadOnlyList<RiskWarning> risks)
    {
        await using var book = await Spreadsheet.CreateNewAsync(output);
        var bold = book.AddStyle(new Style { Font = { Bold = true } });

        await Sheet(book, "风险预警", bold, [8, 18, 24, 12, 12, 10, 12, 30, 8, 80],
            ["截至", "代码", "预警", "乡镇", "村", "台账", "期间", "文件", "行", "说明"],
            risks.Select(r => new Cell[]
            {
                new(asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new(r.Rule.Code), new(r.Rule.Title),
                new(r.Township), new(r.Village), new(LedgerSchema.For(r.Kind).Title), new(r.Period.ToChinese()), new(r.File),
                r.Row is { } row ? new(row) : new((string?)null), new(r.Message),
            }));
        await Sheet(book, "文件", bold, [40, 10, 10, 8, 8, 8, 40],
            ["文件", "台账", "期间", "行数", "错误", "提醒", "说明"],
            files.Select(f => new Cell[]
            {
                new(f.Path), new(f.Kind is { } k ? LedgerSchema.For(k).Title : null), new(f.Period?.ToChinese()),
                new(f.Ledger?.RowCount ?? 0), new(f.Ledger?.Report.ErrorCount ?? 0), new(f.Ledger?.Report.WarningCount ?? 0),
                new(f.Note ?? (f.Ledger is { Unreadable: true } ? "无法读取" : null)),
            }));
        await book.FinishAsync();
    }

    private static async Task Sheet(Spreadsheet book, string name, StyleId bold, double[] widths, string[] headers, IEnumerable<Cell[]> rows)
    {
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < widths.Length; i++) options.Column(i + 1).Width = widths[i];
        await book.StartWorksheetAsync(name, options);
        await book.AddRowAsync(headers.Select(h => new Cell(h, bold)).ToArray());
        foreach (var row in rows) await book.AddRowAsync(row);
    }
}
