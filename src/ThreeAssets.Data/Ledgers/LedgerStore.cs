using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Data;

/// <summary>
/// Where a ledger kind's published rows live: its entity, and the mapping between the engine's typed row and
/// it. Stored rows turn back into the same Core rows, so hashes, notices, exports and risk rules all work
/// from one shape. One per kind in <see cref="LedgerStores"/>.
/// </summary>
public abstract class LedgerStore
{
    public abstract LedgerDescriptor Ledger { get; }

    /// <summary>The stored row for a Core row; <paramref name="rowNo"/> is its 1-based place in the publication.</summary>
    public abstract ILedgerEntry ToEntity(ILedgerRow row, long publicationId, int rowNo);

    /// <summary>A publication's rows in published order, from RowNo <paramref name="skip"/> + 1 on (a seek on the (PublicationId, RowNo) index).</summary>
    public abstract Task<IReadOnlyList<ILedgerRow>> LoadAsync(PortalDbContext db, long publicationId, int skip, int? take,
        CancellationToken cancellationToken);

    /// <summary>A publication's rows one at a time, for downloads of any size.</summary>
    public abstract IAsyncEnumerable<ILedgerRow> StreamAsync(PortalDbContext db, long publicationId, CancellationToken cancellationToken);
}

/// <summary>The store of a kind whose rows are <typeparamref name="TRow"/> and entities <typeparamref name="TEntity"/>.</summary>
public sealed class LedgerStore<TRow, TEntity>(LedgerDescriptor<TRow> ledger, Func<TRow, long, int, TEntity> toEntity, Func<TEntity, TRow> toRow)
    : LedgerStore
    where TRow : class, ILedgerRow
    where TEntity : class, ILedgerEntry
{
    public override LedgerDescriptor Ledger => ledger;

    public override ILedgerEntry ToEntity(ILedgerRow row, long publicationId, int rowNo) =>
        toEntity(row as TRow ?? throw new ArgumentException($"Not a {typeof(TRow).Name}", nameof(row)), publicationId, rowNo);

    public override async Task<IReadOnlyList<ILedgerRow>> LoadAsync(PortalDbContext db, long publicationId, int skip, int? take,
        CancellationToken cancellationToken)
    {
        var query = Rows(db, publicationId).Where(e => e.RowNo > skip).OrderBy(e => e.RowNo);
        var entities = await (take is { } t ? query.Take(t) : query).ToListAsync(cancellationToken);
        return entities.ConvertAll(e => (ILedgerRow)toRow(e));
    }

    public override async IAsyncEnumerable<ILedgerRow> StreamAsync(PortalDbContext db, long publicationId,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in Rows(db, publicationId).OrderBy(e => e.RowNo).AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return toRow(e);
    }

    private static IQueryable<TEntity> Rows(PortalDbContext db, long publicationId) =>
        db.Set<TEntity>().AsNoTracking().Where(e => e.PublicationId == publicationId);
}
