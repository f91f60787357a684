using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Web.Features.Publications;

/// <summary>Sorts rows by any schema column through <see cref="LedgerCells"/>: one mechanism for all three ledgers.</summary>
internal static class RowOrder
{
    public static IEnumerable<NumberedRow> Sort(IEnumerable<NumberedRow> rows, ColumnSpec? column, bool desc)
    {
        if (column is null) return desc ? rows.Reverse() : rows;
        var comparer = Comparer<NumberedRow>.Create((a, b) => Compare(LedgerCells.Get(a.Row, column), LedgerCells.Get(b.Row, column)));
        return desc ? rows.OrderByDescending(r => r, comparer).ThenBy(r => r.RowNo) : rows.OrderBy(r => r, comparer).ThenBy(r => r.RowNo);
    }

    // Empty cells sort first; values of one column share a type, so their own comparison applies.
    private static int Compare(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => string.Compare(x, y, StringComparison.Ordinal),
        (IComparable x, _) when a.GetType() == b.GetType() => x.CompareTo(b),
        _ => string.Compare(a.ToString(), b.ToString(), StringComparison.Ordinal),
    };
}

/// <summary>A row with its 1-based number in the publication (questions and evidence point at it).</summary>
public sealed record NumberedRow(int RowNo, ILedgerRow Row);
