using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Features.Api;

/// <summary>
/// The read side of the open-data API: no-tracking projections that each use one index (village code, the
/// village's publications by date, a publication's rows by number) so that they stay fast with millions of rows.
/// </summary>
public sealed class OpenDataQueries(PortalDbContext db)
{
    public async Task<PagedList<VillageSummary>> VillagesAsync(Paging paging, CancellationToken cancellationToken)
    {
        var total = await db.Villages.CountAsync(cancellationToken);
        var items = await db.Villages.AsNoTracking().OrderBy(v => v.Code).Skip(paging.Skip).Take(paging.PageSize)
            .Select(ToVillage).ToListAsync(cancellationToken);
        return new PagedList<VillageSummary>(items, paging.Page, paging.PageSize, total);
    }

    /// <summary>A village's publications, newest first, current and superseded; null when there is no such village.</summary>
    public async Task<PagedList<PublicationSummary>?> PublicationsAsync(string villageCode, LedgerKind? kind, Paging paging,
        CancellationToken cancellationToken)
    {
        var villageId = await db.Villages.Where(v => v.Code == villageCode).Select(v => (int?)v.Id).FirstOrDefaultAsync(cancellationToken);
        if (villageId is null) return null;
        var query = db.Publications.AsNoTracking().Where(p => p.VillageId == villageId);
        if (kind is { } k) query = query.Where(p => p.Kind == k);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Skip(paging.Skip).Take(paging.PageSize).Select(ToData).ToListAsync(cancellationToken);
        return new PagedList<PublicationSummary>(rows.Select(Summary).ToList(), paging.Page, paging.PageSize, total);
    }

    /// <summary>The publication's metadata and the ETag it is served under; null when there is no such publication.</summary>
    public async Task<PublicationHead?> HeadAsync(long id, CancellationToken cancellationToken)
    {
        var head = await db.Publications.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { Data = new PublicationData(p.Id, p.Village.Code, p.Kind, p.Period, p.Version, p.PublishedAt, p.Fingerprint,
                    p.ContentHash, p.PreviousHash, p.SupersedesId,
                    db.Publications.Where(q => q.SupersedesId == p.Id).Select(q => (long?)q.Id).FirstOrDefault(),
                    p.CorrectionReason, p.RowCount, p.OpeningFen, p.IncomeFen, p.ExpenseFen, p.ClosingFen),
                p.ApprovingOrganisation, Village = new VillageSummary(p.Village.Code, p.Village.Name, p.Village.PinyinInitials,
                    p.Village.FundsFrequency.ToString(), p.Village.Township.Code, p.Village.Township.Name,
                    p.Village.Township.District.Code, p.Village.Township.District.Name) })
            .FirstOrDefaultAsync(cancellationToken);
        return head is null ? null : new PublicationHead(Summary(head.Data), head.Data.Kind, head.Village, head.ApprovingOrganisation);
    }

    /// <summary>One page of the publication's rows, masked for the public.</summary>
    public async Task<PublicationDetail> DetailAsync(PublicationHead head, Paging paging, bool intact, CancellationToken cancellationToken)
    {
        var schema = LedgerSchema.For(head.Kind);
        var rows = await db.LoadRowsAsync(head.Publication.Id, head.Kind, paging.Skip, paging.PageSize, cancellationToken);
        var items = rows.Select((row, i) => PublicRowValues.Row(schema, row, paging.Skip + i + 1)).ToList();
        var columns = schema.Columns.Select(c => new ColumnSummary(c.Key, c.Header, c.Type.ToString().ToLowerInvariant())).ToList();
        return new PublicationDetail(head.Publication, head.Village, head.ApprovingOrganisation, columns,
            new PagedList<Dictionary<string, object?>>(items, paging.Page, paging.PageSize, head.Publication.RowCount),
            intact ? PublicationDetail.Intact : PublicationDetail.Mismatch);
    }

    /// <summary>A real village code and publication id for the examples on the developers page.</summary>
    public async Task<(string VillageCode, long PublicationId)> ExampleAsync(CancellationToken cancellationToken)
    {
        var example = await db.Publications.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Village.Code, p.Id })
            .FirstOrDefaultAsync(cancellationToken);
        return example is null ? ("3301-01-01", 1) : (example.Code, example.Id);
    }

    private static readonly Expression<Func<Village, VillageSummary>> ToVillage = v => new VillageSummary(v.Code, v.Name,
        v.PinyinInitials, v.FundsFrequency.ToString(), v.Township.Code, v.Township.Name, v.Township.District.Code, v.Township.District.Name);

    private Expression<Func<Publication, PublicationData>> ToData => p => new PublicationData(p.Id, p.Village.Code, p.Kind, p.Period,
        p.Version, p.PublishedAt, p.Fingerprint, p.ContentHash, p.PreviousHash, p.SupersedesId,
        db.Publications.Where(q => q.SupersedesId == p.Id).Select(q => (long?)q.Id).FirstOrDefault(),
        p.CorrectionReason, p.RowCount, p.OpeningFen, p.IncomeFen, p.ExpenseFen, p.ClosingFen);

    private static PublicationSummary Summary(PublicationData p) => new(p.Id, p.VillageCode, p.Kind.ToString().ToLowerInvariant(),
        p.Period, p.Version, p.PublishedAt, p.Fingerprint, p.ContentHash, p.PreviousHash, p.SupersedesId, p.SupersededById,
        p.SupersededById is null, p.CorrectionReason, p.RowCount,
        p.OpeningFen is { } o && p.IncomeFen is { } i && p.ExpenseFen is { } e && p.ClosingFen is { } c
            ? new FundsTotals(PublicRowValues.Yuan(o), PublicRowValues.Yuan(i), PublicRowValues.Yuan(e), PublicRowValues.Yuan(c))
            : null);

    private sealed record PublicationData(long Id, string VillageCode, LedgerKind Kind, string Period, int Version,
        DateTimeOffset PublishedAt, string Fingerprint, string ContentHash, string? PreviousHash, long? SupersedesId,
        long? SupersededById, string? CorrectionReason, int RowCount, long? OpeningFen, long? IncomeFen, long? ExpenseFen, long? ClosingFen);
}

/// <summary>What is known about a publication before its rows are read: enough to answer 304 Not Modified.</summary>
public sealed record PublicationHead(PublicationSummary Publication, LedgerKind Kind, VillageSummary Village, string ApprovingOrganisation)
{
    /// <summary>
    /// Changes only when a correction supersedes it (the content itself never changes), the page asked for differs, or
    /// the stored content turns out not to match its hash (then the answer's integrity field changes).
    /// </summary>
    public string ETag(Paging paging, bool intact) =>
        $"\"v1-{Publication.ContentHash[..16]}-{Publication.SupersededById ?? 0}-{paging.Page}-{paging.PageSize}{(intact ? "" : "-mismatch")}\"";
}
