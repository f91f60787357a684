using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Privacy;
using ThreeAssets.Data;
using ThreeAssets.Documents.Notices;
using ThreeAssets.Web.Demo;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Ledgers;

/// <summary>
/// The publish step that makes the PDF notice (公示, DESIGN §4): the rows masked exactly as on the public
/// site, rendered once and stored with its SHA-256. It only adds to the caller's unit of work, so the
/// notice is saved in the publication's own transaction: a publication never exists without its notice.
/// </summary>
public sealed class NoticeIssuer(PortalDbContext db, NoticeRenderer renderer, PublicLinks links, DemoSettings demo, TimeProvider time)
{
    /// <param name="publication">The new publication, already saved (it needs its id for the URL).</param>
    /// <param name="village">Its village with the township loaded.</param>
    /// <param name="rows">The published rows, unmasked, in order.</param>
    /// <param name="summary">Funds only: opening balance, totals and closing balance.</param>
    /// <param name="superseded">The publication this one corrects, or null.</param>
    public async Task<PublicationNotice> IssueAsync(Publication publication, Village village, IReadOnlyList<ILedgerRow> rows,
        FundsSummary? summary, Publication? superseded, CancellationToken cancellationToken = default)
    {
        var district = await db.Districts.AsNoTracking().Where(d => d.Id == village.Township.DistrictId)
            .Select(d => d.Name).SingleAsync(cancellationToken);
        var masked = PublicRows.MaskAll(rows);
        var document = NoticeNames.Describe(village.Township.Name, village.Name, publication.Kind, publication.Period, publication.Version) with
        {
            DistrictName = district,
            PublishedAt = publication.PublishedAt,
            ApprovingOrganisation = publication.ApprovingOrganisation,
            Fingerprint = publication.Fingerprint,
            PublicationUrl = links.Publication(publication.Id),
            IsDemo = demo.Enabled,
            Supersedes = superseded is null ? null
                : new NoticeSupersession(superseded.Version, publication.CorrectionReason ?? "", superseded.Fingerprint),
            Rows = masked,
            FundsSummary = summary,
        };
        var pdf = renderer.Render(document);
        var notice = new PublicationNotice
        {
            PublicationId = publication.Id,
            Pdf = pdf,
            Sha256 = NoticeVerification.Sha256Hex(pdf),
            CreatedAt = time.GetUtcNow(),
        };
        db.PublicationNotices.Add(notice);
        return notice;
    }
}
