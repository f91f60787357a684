using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Privacy;

namespace ThreeAssets.Web.Features.Api;

/// <summary>
/// A stored row as the open-data API shows it: masked by <see cref="PublicRows"/> (the one masking every public
/// surface shares) and amounts as yuan with two decimals.
/// </summary>
public static class PublicRowValues
{
    /// <summary>The public value of one cell: masked text, yuan rounded to two decimals (12.50, not 12.5).</summary>
    public static object? Cell(ColumnSpec column, object? value) => value switch
    {
        // Adding 0.00m gives the decimal a scale of two, which System.Text.Json writes as 12.50.
        decimal m when column.Type == ColumnType.Amount => decimal.Round(m, 2) + 0.00m,
        _ => PublicRows.MaskCell(column, value),
    };

    /// <summary>A whole row keyed by the schema's column keys (date, income…), plus its 1-based row number.</summary>
    public static Dictionary<string, object?> Row(LedgerSchema schema, ILedgerRow row, int rowNo)
    {
        var values = new Dictionary<string, object?>(schema.Columns.Count + 1, StringComparer.Ordinal) { ["rowNo"] = rowNo };
        foreach (var column in schema.Columns)
            values[column.Key] = Cell(column, LedgerCells.Get(row, column));
        return values;
    }

    /// <summary>Fen as yuan with two decimals, for totals.</summary>
    public static decimal Yuan(long fen) => Money.ToYuan(fen) + 0.00m;
}
