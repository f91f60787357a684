namespace ThreeAssets.Core.Templates;

/// <summary>
/// The templates carry a filled-in example row so accountants see what a good row looks like. Its
/// label cell — 摘要 in the funds ledger, otherwise the first column (资产编号, 资源编号) — starts with
/// <see cref="Marker"/>. The reader skips a row whose 摘要 or first filled cell starts with 示例
/// (RowMarker.Example), so an accountant who leaves the example in place uploads no fake row.
/// </summary>
public static class ExampleRows
{
    /// <summary>The prefix written into the example row's label cell (示例：).</summary>
    public const string Marker = "示例：";

    /// <summary>True when the cell text, trimmed, starts with 示例 — the test the reader applies.</summary>
    public static bool IsMarked(string? cell) =>
        cell is not null && cell.AsSpan().TrimStart().StartsWith(Marker.AsSpan(0, 2), StringComparison.Ordinal);
}
