using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Diff;

/// <summary>How a row differs between two versions of a ledger.</summary>
public enum RowChange
{
    /// <summary>Only in the newer version.</summary>
    Added,

    /// <summary>Only in the older version.</summary>
    Removed,

    /// <summary>In both, with at least one column changed.</summary>
    Changed,
}

/// <summary>One changed cell: the schema column with its old and new value (as <see cref="LedgerCells"/> gives them).</summary>
public sealed record CellChange(ColumnSpec Column, object? Before, object? After);

/// <summary>One row of a difference: the old row, the new row (either may be null) and the changed cells.</summary>
public sealed record RowDifference(RowChange Change, string Key, ILedgerRow? Before, ILedgerRow? After, IReadOnlyList<CellChange> Cells);

/// <summary>
/// Row-level difference between two versions of the same ledger (a correction against the version it
/// replaces, or an upload against the current publication). Rows are matched by what identifies them in
/// the ledger: the asset or resource number; for funds the voucher number (with its date when a voucher
/// number repeats), as the kind's descriptor says. Unchanged rows are left out. Works on any kind through the schema.
/// </summary>
public static class LedgerDiff
{
    /// <summary>The differences, in the newer version's order, removed rows last.</summary>
    public static IReadOnlyList<RowDifference> Compare(LedgerKind kind, IEnumerable<ILedgerRow> before, IEnumerable<ILedgerRow> after)
    {
        var ledger = LedgerKinds.Of(kind);
        var old = Keyed(ledger, before);
        var result = new List<RowDifference>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, row) in Keyed(ledger, after))
        {
            seen.Add(key);
            if (!old.TryGetValue(key, out var previous))
            {
                result.Add(new RowDifference(RowChange.Added, key, null, row, []));
                continue;
            }
            var cells = ledger.Schema.Columns
                .Select(c => new CellChange(c, ledger.Cell(previous, c), ledger.Cell(row, c)))
                .Where(c => !Equals(c.Before, c.After))
                .ToList();
            if (cells.Count > 0)
                result.Add(new RowDifference(RowChange.Changed, key, previous, row, cells));
        }
        result.AddRange(old.Where(o => !seen.Contains(o.Key)).Select(o => new RowDifference(RowChange.Removed, o.Key, o.Value, null, [])));
        return result;
    }

    private static Dictionary<string, ILedgerRow> Keyed(LedgerDescriptor ledger, IEnumerable<ILedgerRow> rows)
    {
        var keyed = new Dictionary<string, ILedgerRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = ledger.KeyOf(row);
            // A repeated key (two rows with one voucher number) gets a counter, so neither row is lost.
            var unique = key;
            for (var n = 2; keyed.ContainsKey(unique); n++)
                unique = $"{key}#{n}";
            keyed[unique] = row;
        }
        return keyed;
    }
}
