using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Documents.Notices;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Ledgers;

/// <summary>A stored notice as served: its file name and SHA-256 (the ETag), and the bytes once loaded.</summary>
public sealed record StoredNotice(long PublicationId, string FileName, string Sha256);

/// <summary>One period of a township's notices, for the list township staff pick from.</summary>
public sealed record NoticePeriod(Period Period, int Notices, int Villages);

/// <summary>The township staff page: which periods have notices to print.</summary>
public sealed record TownshipNoticesPage(string Code, string Name, IReadOnlyList<NoticePeriod> Periods);

/// <summary>A merged PDF or a ZIP of a township's notices, ready to send.</summary>
public sealed record NoticeBatchDownload(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Reads stored notices for download: one publication's notice for everyone, and a township's current
/// notices of a period for its staff (DESIGN §4), merged or zipped from the stored bytes, so that every
/// page printed is exactly what was published. Authorization is the controller's job.
/// </summary>
public sealed class NoticeDownloads(PortalDbContext db, AuditLog audit)
{
    public async Task<StoredNotice?> FindAsync(long publicationId, CancellationToken cancellationToken = default)
    {
        var found = await db.PublicationNotices.AsNoTracking()
            .Where(n => n.PublicationId == publicationId)
            .Join(db.Publications, n => n.PublicationId, p => p.Id,
                (n, p) => new { n.Sha256, p.Kind, p.Period, p.Version, Village = p.Village.Name, Township = p.Village.Township.Name })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null
            : new StoredNotice(publicationId, NoticeNames.File(found.Township, found.Village, found.Kind, found.Period, found.Version), found.Sha256);
    }

    public Task<byte[]> PdfAsync(long publicationId, CancellationToken cancellationToken = default) =>
        db.PublicationNotices.AsNoTracking().Where(n => n.PublicationId == publicationId).Select(n => n.Pdf).SingleAsync(cancellationToken);

    public async Task<TownshipNoticesPage?> PeriodsAsync(string townshipCode, CancellationToken cancellationToken = default)
    {
        var name = await db.Townships.AsNoTracking().Where(t => t.Code == townshipCode).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null) return null;
        var current = await Current(townshipCode).Select(p => new { p.Period, p.VillageId }).ToListAsync(cancellationToken);
        var periods = current.GroupBy(p => p.Period)
            .Select(g => new NoticePeriod(Period.Parse(g.Key), g.Count(), g.Select(p => p.VillageId).Distinct().Count()))
            .OrderByDescending(p => p.Period.End).ThenBy(p => p.Period.IsQuarter)
            .ToList();
        return new TownshipNoticesPage(townshipCode, name, periods);
    }

    /// <summary>The batch, audited; null when the township has no notices for the period.</summary>
    public async Task<NoticeBatchDownload?> BatchAsync(string townshipCode, Period period, bool zip, CancellationToken cancellationToken = default)
    {
        var text = period.ToString();
        var notices = await Current(townshipCode).Where(p => p.Period == text)
            .Join(db.PublicationNotices, p => p.Id, n => n.PublicationId, (p, n) => new
            {
                p.Id, p.Kind, p.Version, p.PublishedAt, VillageCode = p.Village.Code, Village = p.Village.Name, Township = p.Village.Township.Name, n.Pdf,
            })
            .ToListAsync(cancellationToken);
        if (notices.Count == 0) return null;

        // Village by village, each village's ledgers in the order residents know them: funds, assets, resources.
        var ordered = notices.OrderBy(n => n.VillageCode, StringComparer.Ordinal).ThenBy(n => n.Kind).ToList();
        var files = ordered.Select(n => new NoticeFile(NoticeNames.File(n.Township, n.Village, n.Kind, text, n.Version), n.Pdf)).ToList();
        var township = ordered[0].Township;
        // The latest publication date, not "now": the same batch gives the same bytes.
        var stamp = ordered.Max(n => n.PublishedAt);
        var download = zip
            ? new NoticeBatchDownload(NoticeNames.BatchFile(township, period, "zip"), "application/zip", NoticeBatch.Zip(files, stamp))
            : new NoticeBatchDownload(NoticeNames.BatchFile(township, period, "pdf"), "application/pdf",
                NoticeBatch.Merge(files, NoticeNames.BatchTitle(township, period), stamp));
        await audit.WriteAsync(zip ? AuditActions.NoticeBatchZip : AuditActions.NoticeBatchPdf, "Township", townshipCode,
            new { period = text, notices = files.Count, publications = ordered.Select(n => n.Id).ToList() }, orgCode: townshipCode,
            cancellationToken: cancellationToken);
        return download;
    }

    // Current = not superseded by a correction: a notice board shows only the version in force.
    private IQueryable<Publication> Current(string townshipCode) => db.Publications.AsNoTracking()
        .Where(p => p.Village.Township.Code == townshipCode && !db.Publications.Any(c => c.SupersedesId == p.Id));
}
