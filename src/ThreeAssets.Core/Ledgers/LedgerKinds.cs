namespace ThreeAssets.Core.Ledgers;

/// <summary>
/// The registry of ledger kinds: one <see cref="LedgerDescriptor"/> per <see cref="LedgerKind"/>. Code that works on
/// any ledger iterates <see cref="All"/> or asks <see cref="Of(LedgerKind)"/>; code that is about one kind (funds
/// risk rules, the funds summary) may use <see cref="Funds"/> and its typed rows directly.
/// </summary>
/// <remarks>
/// Adding a kind (say a 债权债务 register) touches exactly these files and nothing else:
/// <list type="number">
/// <item>Core/Ledgers/LedgerKind.cs: the enum member;</item>
/// <item>Core/Ledgers/XxxSchema.cs: the columns (the schema names its kind);</item>
/// <item>Core/Ledgers/XxxRow.cs: the row record, implementing <see cref="ILedgerRow"/>;</item>
/// <item>Core/Ledgers/XxxLedger.cs: the descriptor, and one line in <see cref="All"/> below;</item>
/// <item>Core/Validation/XxxChecks.cs: the kind's row rules, made by the descriptor;</item>
/// <item>Data/Ledgers/XxxItem.cs: the entity, implementing ILedgerEntry; Data/Configurations/XxxItemConfiguration.cs;
/// its store's line in Data/Ledgers/LedgerStores.cs (mapping row to entity and back);</item>
/// <item>a migration per provider (Data/Migrations);</item>
/// <item>Documents/Notices/XxxNotice.cs and its line in NoticeRenderer's layouts: the PDF notice's tables are a
/// print layout, which Core cannot hold.</item>
/// </list>
/// Pages, exports, hashes, differences, the API and the CLI pick the new kind up from here. Two known limits: a
/// filter under a new query-string name also needs its property in the web's PublicationQuery, and the CLI's
/// bench-data writer (raw SQL inserts, one per kind) does not fill the new kind's rows.
/// </remarks>
public static class LedgerKinds
{
    /// <summary>Every kind, in <see cref="LedgerKind"/> order.</summary>
    public static IReadOnlyList<LedgerDescriptor> All { get; } = [Funds, Assets, Resources];

    private static readonly Dictionary<Type, LedgerDescriptor> ByRowType = All.ToDictionary(d => d.RowType);

    /// <summary>资金收支明细.</summary>
    public static LedgerDescriptor<FundsRow> Funds => FundsLedger.Descriptor;

    /// <summary>资产台账.</summary>
    public static LedgerDescriptor<AssetRow> Assets => AssetsLedger.Descriptor;

    /// <summary>资源台账.</summary>
    public static LedgerDescriptor<ResourceRow> Resources => ResourcesLedger.Descriptor;

    /// <summary>The descriptor of a kind.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a known kind.</exception>
    public static LedgerDescriptor Of(LedgerKind kind) =>
        All.FirstOrDefault(d => d.Kind == kind) ?? throw new ArgumentOutOfRangeException(nameof(kind));

    /// <summary>The descriptor of the kind a row belongs to.</summary>
    /// <exception cref="ArgumentException">Not a ledger row of any kind.</exception>
    public static LedgerDescriptor Of(ILedgerRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return ByRowType.TryGetValue(row.GetType(), out var descriptor)
            ? descriptor
            : throw new ArgumentException($"Not a ledger row: {row.GetType().Name}", nameof(row));
    }
}
