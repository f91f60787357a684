namespace ThreeAssets.Core.Templates;

/// <summary>
/// The templates carry a filled-in example row so accountants see what a good row looks like.
/// Its label cell (摘要 or 名称) starts with <see cref="Marker"/>; readers skip any data row where a
/// cell starts with it, so an accountant who leaves the example in place uploads no fake row.
/// </summary>
public static class ExampleRows
{
    /// <summary>The prefix that marks an example row: 【示例】 with full-width brackets, never typed by accident.</summary>
    public const string Marker = "【示例】";

    /// <summary>True when any cell of the row, trimmed, starts with <see cref="Marker"/>.</summary>
    public static bool IsExample(IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return cells.Any(IsMarked);
    }

    /// <summary>True when the cell text, trimmed, starts with <see cref="Marker"/>.</summary>
    public static bool IsMarked(string? cell) =>
        cell is not null && cell.AsSpan().TrimStart().StartsWith(Marker, StringComparison.Ordinal);
}
