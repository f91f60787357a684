using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Data;

/// <summary>A publication's stored rows as the engine's typed rows, in their published order.</summary>
public static class PublicationRows
{
    public static Task<IReadOnlyList<ILedgerRow>> LoadRowsAsync(this PortalDbContext db, long publicationId, LedgerKind kind,
        CancellationToken cancellationToken = default) =>
        LedgerStores.Of(kind).LoadAsync(db, publicationId, 0, null, cancellationToken);

    /// <summary>
    /// One page of a publication's rows (1-based <paramref name="skip"/> offset by RowNo order), for paged
    /// public tables and the open-data API: a seek on the (PublicationId, RowNo) index, never the whole ledger.
    /// </summary>
    public static Task<IReadOnlyList<ILedgerRow>> LoadRowsAsync(this PortalDbContext db, long publicationId, LedgerKind kind,
        int skip, int take, CancellationToken cancellationToken = default) =>
        LedgerStores.Of(kind).LoadAsync(db, publicationId, skip, take, cancellationToken);
}
