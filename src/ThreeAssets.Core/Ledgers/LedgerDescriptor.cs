using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Ledgers;

/// <summary>
/// Everything that differs between ledger kinds, in one place per kind: the schema and row type, how a row's
/// cells read, how it is masked for the public, identified between versions and described to a reviewer,
/// the public page's totals, filters and leading columns, the notice and template wording, and the row
/// checks. Code that works on "a ledger" asks the kind's descriptor (<see cref="LedgerKinds.Of(LedgerKind)"/>)
/// instead of switching on the kind. The typed side is <see cref="LedgerDescriptor{TRow}"/>.
/// </summary>
public abstract class LedgerDescriptor
{
    private protected LedgerDescriptor(LedgerSchema schema) => Schema = schema;

    /// <summary>The canonical schema: columns, header spellings and value rules.</summary>
    public LedgerSchema Schema { get; }

    /// <summary>The ledger kind, as stored and as written in URLs and JSON.</summary>
    public LedgerKind Kind => Schema.Kind;

    /// <summary>The row record of this kind.</summary>
    public abstract Type RowType { get; }

    /// <summary>Short name in captions and lists (资金收支, 资产, 资源).</summary>
    public required string ShortName { get; init; }

    /// <summary>Title of the public notice (资金收支公开).</summary>
    public required string NoticeTitle { get; init; }

    /// <summary>
    /// A register kept as a quarter-end snapshot (assets, resources): its rows are not dated within the period,
    /// it is always quarterly, and risks judge its latest snapshot. Otherwise a flow of transactions in the
    /// period (funds), kept monthly or quarterly as the village's setting says.
    /// </summary>
    public required bool IsSnapshot { get; init; }

    /// <summary>The column whose text marks opening, totals and carry rows (摘要), or null when the kind has none.</summary>
    public ColumnSpec? MarkerColumn { get; init; }

    /// <summary>Lines of the template's 说明 sheet that the schema cannot say: special rows and statuses.</summary>
    public IReadOnlyList<string> TemplateNotes { get; init; } = [];

    /// <summary>Column keys a resident reads first on the public table (when, what, how much); the rest follow in schema order.</summary>
    public IReadOnlyList<string> LeadingColumns { get; init; } = [];

    /// <summary>The public table's filters, in form order.</summary>
    public IReadOnlyList<RowFilter> Filters { get; init; } = [];

    /// <summary>The row's value for <paramref name="column"/>, in the column's own terms (see <see cref="LedgerCells"/>).</summary>
    public abstract object? Cell(ILedgerRow row, ColumnSpec column);

    /// <summary>The public copy of a row, of the same type (see <see cref="Privacy.PublicRows"/>).</summary>
    public abstract ILedgerRow Mask(ILedgerRow row);

    /// <summary>What identifies the row between two versions of a ledger (an asset number; a voucher and its date).</summary>
    public abstract string KeyOf(ILedgerRow row);

    /// <summary>How a reviewer recognises the row in a list of differences.</summary>
    public abstract string Describe(ILedgerRow row);

    /// <summary>The figures above the public table; <paramref name="summary"/> is the stored funds summary, if any.</summary>
    public abstract IReadOnlyList<LedgerTotal> Totals(IReadOnlyList<ILedgerRow> rows, FundsSummary? summary);

    /// <summary>
    /// True when the next period's checks need this period's rows (assets: the statuses, for items gone
    /// without 已处置); otherwise <see cref="Carry"/> needs the stored summary only, and callers need not load rows.
    /// </summary>
    public bool CarriesRows { get; init; }

    /// <summary>What the next period's checks need from this published period, or null when they need nothing.</summary>
    public abstract PreviousPublication? Carry(IReadOnlyList<ILedgerRow> rows, FundsSummary? summary);

    /// <summary>The kind's row rules for one upload.</summary>
    internal abstract LedgerChecks Checks(CheckContext context);
}

/// <summary>A figure above the public table: a label and either an amount in fen or a ready-made figure (an area).</summary>
public sealed record LedgerTotal(string Label, long? Fen = null, string? Figure = null);
