using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Data;

/// <summary>
/// The Data side of the ledger kinds (see <see cref="LedgerKinds"/>): one <see cref="LedgerStore"/> per kind,
/// tying its descriptor to its entity. A new kind adds its line here, its entity and configuration, and a migration.
/// </summary>
public static class LedgerStores
{
    public static IReadOnlyList<LedgerStore> All { get; } =
    [
        new LedgerStore<FundsRow, FundsEntry>(LedgerKinds.Funds, LedgerEntries.ToEntity, LedgerEntries.ToRow),
        new LedgerStore<AssetRow, AssetItem>(LedgerKinds.Assets, LedgerEntries.ToEntity, LedgerEntries.ToRow),
        new LedgerStore<ResourceRow, ResourceItem>(LedgerKinds.Resources, LedgerEntries.ToEntity, LedgerEntries.ToRow),
    ];

    /// <summary>The store of a kind.</summary>
    public static LedgerStore Of(LedgerKind kind) =>
        All.FirstOrDefault(s => s.Ledger.Kind == kind) ?? throw new ArgumentOutOfRangeException(nameof(kind));
}
