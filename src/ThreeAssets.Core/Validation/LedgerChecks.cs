using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;

namespace ThreeAssets.Core.Validation;

/// <summary>What every ledger's row rules need to know about the upload.</summary>
internal sealed record CheckContext(string Sheet, Period? Period, ReadOptions Options, SheetLayout Layout, List<Finding> Findings)
{
    public void Add(Finding finding) => Findings.Add(finding);

    public CellSite WholeFile => new(Sheet, 0);
}

/// <summary>
/// Turns loaded rows into a ledger's typed rows and applies its row and cross-row rules. One
/// subclass per kind holds only what differs (FUND-, ASSET-, RES-); reading and CELL rules are shared.
/// </summary>
internal abstract class LedgerChecks(CheckContext context)
{
    protected CheckContext Context { get; } = context;

    /// <summary>A transaction or an item.</summary>
    public abstract void OnRow(RowValues values);

    /// <summary>An opening, totals or carry row; most ledgers have nothing to check there.</summary>
    public virtual void OnMarker(RowMarker marker, RowValues values)
    {
    }

    /// <summary>After the last row: cross-row and previous-publication rules.</summary>
    public virtual void Finish()
    {
    }

    /// <summary>The typed rows read so far.</summary>
    public abstract IReadOnlyList<ILedgerRow> RowsRead { get; }

    /// <summary>Opening balance and totals, for a ledger that has them (funds).</summary>
    public virtual FundsSummary? Summary => null;

    public static LedgerChecks For(LedgerKind kind, CheckContext context) => LedgerKinds.Of(kind).Checks(context);

    protected static string Yuan(long fen) => Money.Format(fen);

    /// <summary>Reports a second use of a code; codes are compared as written, trimmed.</summary>
    protected void CheckUnique(Dictionary<string, int> seen, string? code, RowValues values, ColumnSpec spec, Rule rule)
    {
        if (string.IsNullOrEmpty(code)) return;
        if (seen.TryGetValue(code, out var first))
            Context.Add(rule.At(values.Site(spec), code, first.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        else
            seen[code] = values.Row;
    }

    /// <summary>
    /// The first empty cell among <paramref name="specs"/> that the sheet has a column for: the cell the
    /// accountant fills in (the annotated workbook marks it). When none has a column, the row's
    /// <paramref name="cause"/> cell (the status that asks for them).
    /// </summary>
    protected static CellSite FirstEmpty(RowValues values, ColumnSpec cause, params ColumnSpec[] specs)
    {
        foreach (var spec in specs)
        {
            if (!values.Has(spec) && values.Site(spec) is { Cell: not null } site)
                return site;
        }
        return values.Site(cause);
    }

    /// <summary>Names the missing ones among <paramref name="specs"/>, joined with 、 (empty when none is missing).</summary>
    protected static string Missing(RowValues values, params ColumnSpec[] specs) =>
        string.Join('、', specs.Where(s => !values.Has(s)).Select(s => s.Header));
}

/// <summary>The row rules of a kind whose rows are <typeparamref name="TRow"/>.</summary>
internal abstract class LedgerChecks<TRow>(CheckContext context) : LedgerChecks(context) where TRow : class, ILedgerRow
{
    public List<TRow> Rows { get; } = [];

    public override IReadOnlyList<ILedgerRow> RowsRead => Rows;
}
