using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Data;

/// <summary>A publication's stored rows as the engine's typed rows, in their published order.</summary>
public static class PublicationRows
{
    public static async Task<IReadOnlyList<object>> LoadRowsAsync(this PortalDbContext db, long publicationId, LedgerKind kind,
        CancellationToken cancellationToken = default) => kind switch
    {
        LedgerKind.Funds => (await db.FundsEntries.AsNoTracking().Where(e => e.PublicationId == publicationId)
            .OrderBy(e => e.RowNo).ToListAsync(cancellationToken)).Select(e => (object)e.ToRow()).ToList(),
        LedgerKind.Assets => (await db.AssetItems.AsNoTracking().Where(e => e.PublicationId == publicationId)
            .OrderBy(e => e.RowNo).ToListAsync(cancellationToken)).Select(e => (object)e.ToRow()).ToList(),
        _ => (await db.ResourceItems.AsNoTracking().Where(e => e.PublicationId == publicationId)
            .OrderBy(e => e.RowNo).ToListAsync(cancellationToken)).Select(e => (object)e.ToRow()).ToList(),
    };

    /// <summary>
    /// One page of a publication's rows (1-based <paramref name="skip"/> offset by RowNo order), for paged
    /// public tables and the open-data API: a seek on the (PublicationId, RowNo) index, never the whole ledger.
    /// </summary>
    public static async Task<IReadOnlyList<object>> LoadRowsAsync(this PortalDbContext db, long publicationId, LedgerKind kind,
        int skip, int take, CancellationToken cancellationToken = default) => kind switch
    {
        LedgerKind.Funds => (await db.FundsEntries.AsNoTracking().Where(e => e.PublicationId == publicationId && e.RowNo > skip)
            .OrderBy(e => e.RowNo).Take(take).ToListAsync(cancellationToken)).Select(e => (object)e.ToRow()).ToList(),
        LedgerKind.Assets => (await db.AssetItems.AsNoTracking().Where(e => e.PublicationId == publicationId && e.RowNo > skip)
            .OrderBy(e => e.RowNo).Take(take).ToListAsync(cancellationToken)).Select(e => (object)e.ToRow()).ToList(),
        _ => (await db.ResourceItems.AsNoTracking().Where(e => e.PublicationId == publicationId && e.RowNo > skip)
            .OrderBy(e => e.RowNo).Take(take).ToListAsync(cancellationToken)).Select(e => (object)e.ToRow()).ToList(),
    };
}
