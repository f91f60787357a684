using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Diff;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Submissions;
using ThreeAssets.Web.Ledgers;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Review;

/// <summary>Whether a reviewer may open a submission.</summary>
public enum ReviewAccess
{
    Allowed,

    /// <summary>No such submission, or one outside the reviewer's township: the two read the same (404).</summary>
    NotFound,
}

/// <summary>
/// What the reviewer's screens and the review API read: the queue of their township(s), one submission
/// with its rows, warnings and the difference against what is published, and the scope check on every id.
/// Deciding is <see cref="Publisher"/>'s and <see cref="SubmissionWorkflow"/>'s job.
/// </summary>
public sealed class ReviewDesk(PortalDbContext db, ScopeAccess scope, LedgerReading reading)
{
    private const int RecentCount = 10;

    public async Task<QueuePage> QueueAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var villages = scope.VisibleVillages(user);
        var mine = db.Submissions.AsNoTracking().Where(s => villages.Any(v => v.Id == s.VillageId));
        // Sorted in memory: SQLite cannot order by DateTimeOffset, and a township's queue is short.
        var waiting = (await mine.Where(s => s.Status == SubmissionStatus.Submitted)
                .Select(s => new QueueItem(s.Id, s.Village.Name, s.Kind, s.Period, s.RowCount, s.WarningCount, s.SubmitNote, s.SubmittedAt,
                    db.Users.Where(u => u.Id == s.UploadedById).Select(u => u.DisplayName).FirstOrDefault() ?? ""))
                .ToListAsync(cancellationToken))
            .OrderBy(q => q.SubmittedAt).ThenBy(q => q.Id).ToList();
        var recent = (await mine.Where(s => s.Status == SubmissionStatus.Rejected || s.Status == SubmissionStatus.Published)
                .OrderByDescending(s => s.Id).Take(RecentCount * 3)
                .Select(s => new HandledItem(s.Id, s.Village.Name, s.Kind, s.Period, s.Status, s.ReviewedAt,
                    db.Users.Where(u => u.Id == s.ReviewedById).Select(u => u.DisplayName).FirstOrDefault(), s.RejectReason, s.PublicationId))
                .ToListAsync(cancellationToken))
            .OrderByDescending(h => h.ReviewedAt).Take(RecentCount).ToList();
        return new QueuePage(waiting, recent);
    }

    /// <summary>
    /// The submission (tracked, with its village and township) when the user's scope covers its village. Outside it the
    /// answer is "not found", as on the accountant's pages and the submissions API: nobody learns which ids are other
    /// townships' drafts.
    /// </summary>
    public async Task<(ReviewAccess Access, Submission? Submission)> FindAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken = default)
    {
        var submission = await db.Submissions.Include(s => s.Village).ThenInclude(v => v.Township)
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return submission is not null && ScopeAccess.CanActOn(user, submission.Village.Code)
            ? (ReviewAccess.Allowed, submission) : (ReviewAccess.NotFound, null);
    }

    /// <summary>The signed-in staff member as an entity (the publisher and the audit log need it).</summary>
    public async Task<PortalUser> UserAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await db.Users.SingleAsync(u => u.Id == user.UserId(), cancellationToken);

    public async Task<ReviewPage> PageAsync(Submission submission, int viewerId, int page, CancellationToken cancellationToken = default)
    {
        var period = Period.Parse(submission.Period);
        var content = await db.SubmissionFiles.AsNoTracking().Where(f => f.SubmissionId == submission.Id)
            .Select(f => f.Content).SingleAsync(cancellationToken);
        // The file is read again through the same path as upload and approval, so the reviewer sees exactly what would be published.
        var parsed = await reading.ReadAsync(submission.VillageId, submission.Kind, period, submission.FileName, content, cancellationToken);
        var rows = parsed.Rows;

        var current = await reading.Current(submission.VillageId, submission.Kind, period).AsNoTracking()
            .Select(p => new PublicationRef(p.Id, p.Version, p.Fingerprint, p.PublishedAt)).FirstOrDefaultAsync(cancellationToken);
        IReadOnlyList<RowDifference>? differences = null;
        if (submission.Status == SubmissionStatus.Submitted && current is not null)
            differences = LedgerDiff.Compare(submission.Kind, await db.LoadRowsAsync(current.Id, submission.Kind, cancellationToken), rows);
        var published = submission.PublicationId is { } publicationId
            ? await db.Publications.AsNoTracking().Where(p => p.Id == publicationId)
                .Select(p => new PublicationRef(p.Id, p.Version, p.Fingerprint, p.PublishedAt)).SingleAsync(cancellationToken)
            : null;

        var pageCount = Math.Max(1, (rows.Count + ReviewPage.PageSize - 1) / ReviewPage.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        return new ReviewPage
        {
            Id = submission.Id,
            Village = submission.Village.Name,
            Township = submission.Village.Township.Name,
            Kind = submission.Kind,
            Period = period,
            Status = submission.Status,
            FileName = submission.FileName,
            UploadedBy = await NameAsync(submission.UploadedById, cancellationToken) ?? "",
            UploadedAt = submission.UploadedAt,
            SubmittedAt = submission.SubmittedAt,
            SubmitNote = submission.SubmitNote,
            ReviewedBy = submission.ReviewedById is { } reviewer ? await NameAsync(reviewer, cancellationToken) : null,
            ReviewedAt = submission.ReviewedAt,
            RejectReason = submission.RejectReason,
            OwnUpload = submission.UploadedById == viewerId,
            Findings = StoredReport.Deserialize(submission.ReportJson).Findings,
            Summary = parsed.FundsSummary,
            RowCount = rows.Count,
            Rows = rows.Skip((page - 1) * ReviewPage.PageSize).Take(ReviewPage.PageSize).ToList(),
            PageNumber = page,
            Current = current,
            Differences = differences,
            Published = published,
        };
    }

    private Task<string?> NameAsync(int userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
}
