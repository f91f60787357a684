namespace ThreeAssets.Documents.Layout;

/// <summary>A column of a notice table; <paramref name="Weight"/> is its share of the page width.</summary>
internal sealed record TableColumn(string Header, double Weight, bool AlignRight = false);

/// <summary>One row of cells; emphasised rows (opening balance, totals) are bold on a grey ground.</summary>
internal sealed record TableRow(IReadOnlyList<string> Cells, bool Emphasis = false);

/// <summary>A captioned table, ready to be laid out by <see cref="TableRenderer"/>.</summary>
internal sealed record TableBlock(string Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows);

/// <summary>
/// One column of a kind's schema: header, width and how a row of type <typeparamref name="T"/> fills it.
/// Each notice kind describes its tables as a list of these; the layout is shared.
/// </summary>
internal sealed record Column<T>(string Header, double Weight, Func<T, string> Cell, bool AlignRight = false);

internal static class ColumnSchema
{
    /// <summary>Builds a table from a schema, items, and extra rows (opening, totals) before or after them.</summary>
    public static TableBlock ToTable<T>(this IReadOnlyList<Column<T>> schema, string caption, IEnumerable<T> items,
        IEnumerable<TableRow>? before = null, IEnumerable<TableRow>? after = null)
    {
        var rows = new List<TableRow>(before ?? []);
        rows.AddRange(items.Select(schema.RowFor));
        rows.AddRange(after ?? []);
        return new TableBlock(caption, schema.Columns(), rows);
    }

    /// <summary>The layout's view of a schema: headers, widths and alignment.</summary>
    public static IReadOnlyList<TableColumn> Columns<T>(this IReadOnlyList<Column<T>> schema) =>
        schema.Select(c => new TableColumn(c.Header, c.Weight, c.AlignRight)).ToList();

    /// <summary>The cells of one item.</summary>
    public static TableRow RowFor<T>(this IReadOnlyList<Column<T>> schema, T item) => new(schema.Select(c => c.Cell(item)).ToList());

    /// <summary>A row with text in the given columns (by header) and blanks elsewhere, e.g. a totals row.</summary>
    public static TableRow Row<T>(this IReadOnlyList<Column<T>> schema, bool emphasis, params (string Header, string Text)[] cells)
    {
        var unknown = cells.FirstOrDefault(x => schema.All(c => c.Header != x.Header)).Header;
        if (unknown is not null) throw new ArgumentException($"No column '{unknown}' in this table.", nameof(cells));
        return new(schema.Select(c => cells.FirstOrDefault(x => x.Header == c.Header).Text ?? "").ToList(), emphasis);
    }
}
