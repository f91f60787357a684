using System.Globalization;
using System.Text;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Web.Features.Publications;

/// <summary>
/// Writes ledger rows as CSV for Excel: UTF-8 with a BOM (so Chinese Excel opens it right), the schema's
/// headers, one line per row, streamed as it goes. Text that Excel would take for a formula
/// (= + - @ tab CR at the start) gets a leading apostrophe: a published ledger must never run code.
/// </summary>
public static class CsvExport
{
    public static async Task WriteAsync(Stream output, LedgerKind kind, IAsyncEnumerable<ILedgerRow> rows, CancellationToken cancellationToken)
    {
        var schema = LedgerSchema.For(kind);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536, leaveOpen: true)
        {
            NewLine = "\r\n", // RFC 4180, and what Excel writes
        };
        await writer.WriteLineAsync(string.Join(',', schema.Columns.Select(c => Quote(c.Header))));
        var line = new StringBuilder();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            line.Clear();
            foreach (var column in schema.Columns)
            {
                if (column.Ordinal > 0) line.Append(',');
                line.Append(Cell(LedgerCells.Get(row, column), column));
            }
            await writer.WriteLineAsync(line, cancellationToken);
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static string Cell(object? value, ColumnSpec column) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m when column.Type == ColumnType.Amount => m.ToString("0.00", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        _ => Quote(Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")),
    };

    /// <summary>A leading apostrophe for text Excel would evaluate.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
