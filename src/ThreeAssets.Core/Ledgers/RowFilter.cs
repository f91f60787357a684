namespace ThreeAssets.Core.Ledgers;

/// <summary>
/// One filter of the public ledger table: the query-string name, the label, the choices the rows offer and
/// whether a row passes a chosen value. An empty choice keeps every row.
/// </summary>
/// <param name="Name">Query-string name (month, category).</param>
/// <param name="Label">Label of the select (月份, 资产类别).</param>
/// <param name="Choices">The values offered for a set of rows, with the text shown for each.</param>
/// <param name="Keeps">True when a row passes the chosen (non-empty) value.</param>
public sealed record RowFilter(string Name, string Label, Func<IReadOnlyList<ILedgerRow>, IReadOnlyList<(string Value, string Text)>> Choices,
    Func<ILedgerRow, string, bool> Keeps)
{
    /// <summary>A format the option text is shown in, such as "{0} 月"; null shows the text itself.</summary>
    public string? OptionFormat { get; init; }

    /// <summary>The options are fixed words of the portal (只看收入) to translate, not values from the rows.</summary>
    public bool TranslatesOptions { get; init; }

    /// <summary>True when <paramref name="row"/> passes <paramref name="value"/>; an empty value keeps every row.</summary>
    public bool Passes(ILedgerRow row, string? value) => string.IsNullOrEmpty(value) || Keeps(row, value);

    /// <summary>A filter written against a kind's typed row.</summary>
    public static RowFilter Of<TRow>(string name, string label, Func<IEnumerable<TRow>, IEnumerable<(string Value, string Text)>> choices,
        Func<TRow, string, bool> keeps) where TRow : class, ILedgerRow =>
        new(name, label, rows => choices(rows.OfType<TRow>()).ToList(), (row, value) => keeps(LedgerDescriptor<TRow>.Typed(row), value));
}
