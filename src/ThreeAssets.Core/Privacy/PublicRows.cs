using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Privacy;

/// <summary>How a column is masked before it is shown to the public.</summary>
public enum PublicMask
{
    /// <summary>Shown as stored: numbers, dates, list values and record identifiers (凭证号, 资产编号, 合同编号).</summary>
    None,

    /// <summary>Free text: ID, phone and bank numbers inside it are masked (<see cref="PersonalData.MaskText"/>).</summary>
    Text,

    /// <summary>A person or party named in a row (counterparty, lessee, contractor, 经手人, 审批人): a private person becomes 张** (<see cref="PersonalData.MaskParty"/>).</summary>
    Party,
}

/// <summary>
/// The one place that turns stored ledger rows into what the public may see (DESIGN §5): the PDF notice,
/// the publication page, CSV, XLSX and the open-data JSON all go through it, so a column can never be
/// masked on one surface and bare on another. Driven by the schemas: every text column is masked as free
/// text unless it names a person or party (masked as a name, including 经手人 and 审批人, as the public pages
/// do) or is a record identifier (kept, so residents can quote it). Inspectors and staff read the unmasked rows.
/// </summary>
public static class PublicRows
{
    // By reference: ColumnSpec is a record, and two columns of different ledgers could compare equal.
    private static readonly HashSet<ColumnSpec> Parties =
        new([FundsSchema.Counterparty, FundsSchema.Handler, FundsSchema.Approver, AssetsSchema.Lessee, ResourcesSchema.Contractor],
            ReferenceEqualityComparer.Instance);

    // Identifiers are often long digit runs (330102000001) that the bank-account rule would otherwise star out.
    private static readonly HashSet<ColumnSpec> Identifiers =
        new([FundsSchema.Voucher, FundsSchema.AccountCode, AssetsSchema.Code, ResourcesSchema.Code, ResourcesSchema.ContractNo],
            ReferenceEqualityComparer.Instance);

    /// <summary>How <paramref name="column"/> is masked on public surfaces.</summary>
    public static PublicMask MaskFor(ColumnSpec column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (column.Type != ColumnType.Text || Identifiers.Contains(column)) return PublicMask.None;
        return Parties.Contains(column) ? PublicMask.Party : PublicMask.Text;
    }

    /// <summary>
    /// The public form of one cell value as <see cref="LedgerCells.Get"/> returns it; for table, CSV and
    /// JSON writers that work column by column.
    /// </summary>
    public static object? MaskCell(ColumnSpec column, object? value) => value is string text
        ? MaskFor(column) switch
        {
            PublicMask.Party => PersonalData.MaskParty(text),
            PublicMask.Text => PersonalData.MaskText(text),
            _ => text,
        }
        : value;

    /// <summary>
    /// The public copy of a typed row, of the same type, as its kind's descriptor masks it; for writers that
    /// take whole rows (PDF, XLSX).
    /// </summary>
    /// <exception cref="ArgumentException">Not a ledger row.</exception>
    public static ILedgerRow Mask(ILedgerRow row) => LedgerKinds.Of(row).Mask(row);

    /// <summary>The public copies of <paramref name="rows"/>, in order.</summary>
    public static IReadOnlyList<T> MaskAll<T>(IEnumerable<T> rows) where T : class, ILedgerRow =>
        rows.Select(r => (T)Mask(r)).ToList();

    /// <summary>
    /// The public form of a text cell, for the descriptors' masks: through the schema, so that Mask and MaskCell
    /// cannot disagree; the unit tests check that every text column of every schema is covered.
    /// </summary>
    internal static string? Text(ILedgerRow row, ColumnSpec column) => (string?)MaskCell(column, LedgerCells.Get(row, column));
}
