using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Common;

/// <summary>A publication as every public page and download names it (no rows).</summary>
public sealed record PublishedLedger(
    long Id, string VillageCode, string VillageName, string TownshipCode, string TownshipName, LedgerKind Kind,
    string Period, int Version, long? SupersedesId, string? CorrectionReason, string Fingerprint,
    DateTimeOffset PublishedAt, string ApprovingOrganisation, int RowCount,
    long? OpeningFen, long? IncomeFen, long? ExpenseFen, long? ClosingFen)
{
    public Period ParsedPeriod => Core.Ledgers.Period.Parse(Period);

    /// <summary>Funds only (no other kind stores an opening balance): the figures the 上期结转 and 本期合计 rows show.</summary>
    public FundsSummary? Summary => OpeningFen is { } o
        ? new FundsSummary(o, IncomeFen ?? 0, ExpenseFen ?? 0, ClosingFen ?? o) : null;

    /// <summary>Date in Beijing time, as residents read it.</summary>
    public DateOnly PublishedOn => ChinaTime.DateOf(PublishedAt);
}

/// <summary>
/// Read-only queries over published data shared by the public pages and downloads (and meant for the
/// open-data API too): published data never changes, so everything is AsNoTracking and projected.
/// </summary>
public static class PublicLedgers
{

    /// <summary>Publications no later version supersedes.</summary>
    public static IQueryable<Publication> CurrentPublications(this PortalDbContext db) =>
        db.Publications.AsNoTracking().Where(p => !db.Publications.Any(n => n.SupersedesId == p.Id));

    public static IQueryable<PublishedLedger> Headers(this IQueryable<Publication> publications) =>
        publications.Select(p => new PublishedLedger(p.Id, p.Village.Code, p.Village.Name, p.Village.Township.Code,
            p.Village.Township.Name, p.Kind, p.Period, p.Version, p.SupersedesId, p.CorrectionReason, p.Fingerprint,
            p.PublishedAt, p.ApprovingOrganisation, p.RowCount, p.OpeningFen, p.IncomeFen, p.ExpenseFen, p.ClosingFen));

    public static Task<PublishedLedger?> HeaderAsync(this PortalDbContext db, long id, CancellationToken cancellationToken) =>
        db.Publications.AsNoTracking().Where(p => p.Id == id).Headers().FirstOrDefaultAsync(cancellationToken);

    /// <summary>The id of the version that supersedes this one, or null when it is current.</summary>
    public static Task<long?> SupersededByAsync(this PortalDbContext db, long id, CancellationToken cancellationToken) =>
        db.Publications.AsNoTracking().Where(p => p.SupersedesId == id).Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A publication's rows as engine rows, one at a time from the database: downloads stream them, so a
    /// publication of any size costs a row's memory, never the whole ledger's.
    /// </summary>
    public static IAsyncEnumerable<ILedgerRow> StreamRowsAsync(this PortalDbContext db, long publicationId, LedgerKind kind,
        CancellationToken cancellationToken = default) =>
        LedgerStores.Of(kind).StreamAsync(db, publicationId, cancellationToken);
}
