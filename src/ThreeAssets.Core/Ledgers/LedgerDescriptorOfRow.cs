using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Ledgers;

/// <summary>
/// A ledger kind whose rows are <typeparamref name="TRow"/>: the kind-specific parts written against the typed
/// row, so that each descriptor (<see cref="LedgerKinds"/>) reads as a plain table of what its kind does.
/// </summary>
/// <typeparam name="TRow">The kind's row record.</typeparam>
public sealed class LedgerDescriptor<TRow>(LedgerSchema schema) : LedgerDescriptor(schema) where TRow : class, ILedgerRow
{
    /// <inheritdoc/>
    public override Type RowType => typeof(TRow);

    /// <summary>The row's value for a column key; throws for a key the schema does not have.</summary>
    public required Func<TRow, string, object?> Cells { get; init; }

    /// <summary>The public copy of a row (text columns masked through <see cref="Privacy.PublicRows.MaskCell"/>).</summary>
    public required Func<TRow, TRow> Masked { get; init; }

    /// <summary>What identifies a row between versions.</summary>
    public required Func<TRow, string> Key { get; init; }

    /// <summary>A row in a reviewer's words.</summary>
    public required Func<TRow, string> Description { get; init; }

    /// <summary>The figures above the public table.</summary>
    public required Func<IReadOnlyList<TRow>, FundsSummary?, IReadOnlyList<LedgerTotal>> Sums { get; init; }

    /// <summary>What the next period's checks need from this one; null (the default) for nothing.</summary>
    public Func<IReadOnlyList<TRow>, FundsSummary?, PreviousPublication?> Carried { get; init; } = (_, _) => null;

    /// <summary>Makes the kind's row rules for one upload; set by every descriptor (internal, so it cannot be required).</summary>
    internal Func<CheckContext, LedgerChecks> NewChecks { get; init; } = null!;

    /// <inheritdoc/>
    public override object? Cell(ILedgerRow row, ColumnSpec column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return Cells(Typed(row), column.Key);
    }

    /// <inheritdoc/>
    public override ILedgerRow Mask(ILedgerRow row) => Masked(Typed(row));

    /// <inheritdoc/>
    public override string KeyOf(ILedgerRow row) => Key(Typed(row));

    /// <inheritdoc/>
    public override string Describe(ILedgerRow row) => Description(Typed(row));

    /// <inheritdoc/>
    public override IReadOnlyList<LedgerTotal> Totals(IReadOnlyList<ILedgerRow> rows, FundsSummary? summary) =>
        Sums(rows.Select(Typed).ToList(), summary);

    /// <inheritdoc/>
    public override PreviousPublication? Carry(IReadOnlyList<ILedgerRow> rows, FundsSummary? summary) =>
        Carried(rows.Select(Typed).ToList(), summary);

    internal override LedgerChecks Checks(CheckContext context) => NewChecks(context);

    /// <summary>The column's unknown-key error, for <see cref="Cells"/>.</summary>
    public ArgumentException UnknownColumn(string key) =>
        new($"Column '{key}' of the {Kind} schema has no mapping in its descriptor.", nameof(key));

    internal static TRow Typed(ILedgerRow row) => row as TRow
        ?? throw new ArgumentException($"Not a {typeof(TRow).Name}: {row?.GetType().Name ?? "null"}", nameof(row));
}
