namespace ThreeAssets.Core.Ledgers;

/// <summary>
/// The value a typed row holds for a schema column, in the column's own terms: text, <see cref="DateOnly"/>,
/// yuan as <see cref="decimal"/> for amounts (rows keep fen), <see cref="int"/> or <see cref="decimal"/>.
/// The reverse of reading; exports, public tables and generated workbooks all go through it, so a column
/// added to a schema shows up everywhere once its kind's descriptor maps it.
/// </summary>
public static class LedgerCells
{
    /// <summary>The row's value for <paramref name="column"/>, or null when empty.</summary>
    public static object? Get(ILedgerRow row, ColumnSpec column) => LedgerKinds.Of(row).Cell(row, column);

    /// <summary>All values of a row in the schema's column order.</summary>
    public static object?[] All(LedgerSchema schema, ILedgerRow row)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var descriptor = LedgerKinds.Of(row);
        var values = new object?[schema.Columns.Count];
        foreach (var column in schema.Columns)
            values[column.Ordinal] = descriptor.Cell(row, column);
        return values;
    }

    /// <summary>Fen as yuan, keeping null.</summary>
    internal static decimal? Yuan(long? fen) => fen is { } f ? Money.ToYuan(f) : null;
}
