using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Integrity;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Risks;

using ThreeAssets.Web.Features.Submissions;

namespace ThreeAssets.Web.Ledgers;

/// <summary>What approving did: the new publication, or why nothing was published (Chinese and English).</summary>
public sealed record PublishOutcome(Publication? Publication, string? Problem = null, string? ProblemEn = null,
    ProblemKind Kind = ProblemKind.Conflict)
{
    public bool Published => Publication is not null;

    public static PublishOutcome Refused(string problem, string problemEn, ProblemKind kind = ProblemKind.Conflict) =>
        new(null, problem, problemEn, kind);
}

/// <summary>
/// Approval publishes (DESIGN §4), in one transaction: the file is read again exactly as at upload, the rows
/// become an immutable publication with the next version number, a correction supersedes the earlier
/// version with a public reason, and the content hash chains to the village's previous publication.
/// Either all of it is saved or none of it. Authorization (township scope) is the caller's job; the rule
/// that nobody approves their own upload is enforced here, for every caller.
/// </summary>
public sealed class Publisher(PortalDbContext db, LedgerReading reading, AuditLog audit, NoticeIssuer notices, RiskMonitor risks, TimeProvider time)
{
    /// <summary>The column's length (PublicationConfiguration): longer would fail the insert on SQL Server.</summary>
    public const int MaxReasonLength = 1000;

    public async Task<PublishOutcome> ApproveAsync(long submissionId, PortalUser approver, string? correctionReason,
        DateTimeOffset? publishedAt = null, CancellationToken cancellationToken = default)
    {
        var submission = await db.Submissions.Include(s => s.Village).ThenInclude(v => v.Township)
            .FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null)
            return PublishOutcome.Refused("找不到这份台账。", "Submission not found.", ProblemKind.NotFound);
        if (submission.Status != SubmissionStatus.Submitted)
            return PublishOutcome.Refused("这份台账不在待审核状态，可能已被处理。", "This submission is not waiting for review; it may have been handled already.");
        if (submission.UploadedById == approver.Id)
            return PublishOutcome.Refused("审核人不能是上传人：请由乡镇另一位工作人员审核。", "The approver cannot be the person who uploaded the ledger.");

        var period = Period.Parse(submission.Period);
        var current = await reading.Current(submission.VillageId, submission.Kind, period).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        // A reason only means something for a correction: a first version never shows one.
        correctionReason = current is null || string.IsNullOrWhiteSpace(correctionReason) ? null : correctionReason.Trim();
        if (current is not null && correctionReason is null)
            return PublishOutcome.Refused($"这一期已经公开过第 {current.Version} 版，更正需要写明原因（会向村民公开）。",
                $"Version {current.Version} of this period is already published; a correction needs a public reason.", ProblemKind.InvalidInput);
        if (correctionReason is { Length: > MaxReasonLength })
            return PublishOutcome.Refused($"更正原因最多 {MaxReasonLength} 字。", $"The correction reason can be at most {MaxReasonLength} characters.",
                ProblemKind.InvalidInput);

        var content = await db.SubmissionFiles.Where(f => f.SubmissionId == submissionId).Select(f => f.Content).SingleAsync(cancellationToken);
        var parsed = await reading.ReadAsync(submission.VillageId, submission.Kind, period, submission.FileName, content, cancellationToken);
        if (!parsed.Report.CanSubmit)
            return PublishOutcome.Refused("重新检查时发现错误（例如上一期的公开数据已变化），请退回给会计修改。",
                "The ledger now has errors (for example the previous period changed); reject it so the accountant can fix it.");

        var rows = parsed.Rows;
        try
        {
            var publication = await PublishAsync(submission, rows, parsed.FundsSummary, current, approver, correctionReason, publishedAt, cancellationToken);
            // After the commit: the warnings follow the village's published set, and never undo a publication.
            await risks.TryRecomputeVillageAsync(submission.VillageId, cancellationToken);
            return new PublishOutcome(publication);
        }
        catch (DbUpdateException)
        {
            // A unique index said no: another approval of this ledger, or another publication of this village, won the race.
            db.ChangeTracker.Clear();
            return PublishOutcome.Refused("刚刚有人同时处理了这个村的台账，本次没有公开。请刷新后再看。",
                "Someone else published for this village at the same moment; nothing was published. Refresh and check.");
        }
    }

    private async Task<Publication> PublishAsync(Submission submission, IReadOnlyList<ILedgerRow> rows, FundsSummary? summary,
        Publication? current, PortalUser approver, string? correctionReason, DateTimeOffset? publishedAt, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var previousHash = await db.Publications.Where(p => p.VillageId == submission.VillageId)
            .OrderByDescending(p => p.Id).Select(p => p.ContentHash).FirstOrDefaultAsync(cancellationToken);
        // Whole seconds: the timestamp is part of the hash and must survive every database's round trip.
        var at = publishedAt ?? time.GetUtcNow();
        at = new DateTimeOffset(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var version = (current?.Version ?? 0) + 1;
        var header = new PublicationHeader(submission.Village.Code, submission.Kind, Period.Parse(submission.Period), version, at,
            previousHash, current?.Version, correctionReason);
        var hash = PublicationHash.Compute(header, rows);

        var publication = new Publication
        {
            VillageId = submission.VillageId,
            Kind = submission.Kind,
            Period = submission.Period,
            Version = version,
            SupersedesId = current?.Id,
            CorrectionReason = correctionReason,
            ContentHash = hash,
            PreviousHash = previousHash,
            Fingerprint = PublicationHash.Fingerprint(hash),
            PublishedAt = at,
            ApprovedById = approver.Id,
            ApprovingOrganisation = submission.Village.Township.ReviewOrganisation ?? submission.Village.Township.Name,
            SubmissionId = submission.Id,
            RowCount = rows.Count,
            OpeningFen = summary?.Opening,
            IncomeFen = summary?.Income,
            ExpenseFen = summary?.Expense,
            ClosingFen = summary?.Closing,
        };
        db.Publications.Add(publication);
        await db.SaveChangesAsync(cancellationToken);

        // The PDF notice (Features/Notices) joins this transaction: no publication without its notice.
        await notices.IssueAsync(publication, submission.Village, rows, summary, current, cancellationToken);

        var store = LedgerStores.Of(submission.Kind);
        for (var i = 0; i < rows.Count; i++)
            db.Add(store.ToEntity(rows[i], publication.Id, i + 1));
        submission.Status = SubmissionStatus.Published;
        submission.ReviewedById = approver.Id;
        submission.ReviewedAt = time.GetUtcNow();
        submission.PublicationId = publication.Id;
        var id = submission.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        audit.Add(AuditActions.Approve, nameof(Submission), id, new { publication = publication.Id, version }, approver, submission.Village.Code);
        audit.Add(AuditActions.Publish, nameof(Publication), publication.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { submission = submission.Id, village = submission.Village.Code, kind = submission.Kind, period = submission.Period, version,
                fingerprint = publication.Fingerprint, supersedes = current?.Id, reason = correctionReason },
            approver, submission.Village.Code);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return publication;
    }
}
