using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Ledgers;

/// <summary>Why a state change was refused, so that the API can answer 400, 404 or 409.</summary>
public enum ProblemKind
{
    /// <summary>The ledger is not in a state that allows it (already handled, own upload, someone else was faster).</summary>
    Conflict,

    /// <summary>What the user sent is missing or too long (a reason, a note).</summary>
    InvalidInput,

    /// <summary>There is no such ledger.</summary>
    NotFound,
}

/// <summary>A state change refused, in words the user can act on (Chinese and English); null when it went through.</summary>
public sealed record WorkflowProblem(string Message, string MessageEn, ProblemKind Kind = ProblemKind.Conflict);

/// <summary>
/// The two state changes besides publishing: the accountant submits a ledger without errors (warnings may
/// need a short explanation), and the reviewer rejects with a reason the accountant sees. Each is audited.
/// </summary>
public sealed class SubmissionWorkflow(PortalDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<WorkflowProblem?> SubmitAsync(Submission submission, PortalUser accountant, string? note, CancellationToken cancellationToken = default)
    {
        if (submission.Status != SubmissionStatus.Uploaded)
            return new("这份台账已经提交过或已处理，不能再次提交。", "This ledger was already submitted or handled.");
        if (submission.ErrorCount > 0)
            return new($"还有 {submission.ErrorCount} 处错误，改好后重新上传才能提交。", $"There are still {submission.ErrorCount} errors; fix them and upload again.");
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (submission.WarningCount > 0 && note is null)
            return new("有需要注意的地方，请写一句简短说明给审核人（例如“合同已续签，待补录”）。", "There are warnings: add a short note for the reviewer.", ProblemKind.InvalidInput);
        if (note is { Length: > 500 })
            return new("说明最多 500 字。", "The note can be at most 500 characters.", ProblemKind.InvalidInput);

        submission.Status = SubmissionStatus.Submitted;
        submission.SubmittedAt = time.GetUtcNow();
        submission.SubmitNote = note;
        audit.Add(AuditActions.Submit, nameof(Submission), Id(submission),
            new { kind = submission.Kind, period = submission.Period, warnings = submission.WarningCount }, accountant,
            await VillageCodeAsync(submission, cancellationToken));
        return await SaveAsync(cancellationToken);
    }

    public async Task<WorkflowProblem?> RejectAsync(Submission submission, PortalUser reviewer, string? reason, CancellationToken cancellationToken = default)
    {
        if (submission.Status != SubmissionStatus.Submitted)
            return new("这份台账不在待审核状态，可能已被处理。", "This submission is not waiting for review.");
        if (string.IsNullOrWhiteSpace(reason))
            return new("请写明退回原因，会计会看到它。", "Give a reason; the accountant will see it.", ProblemKind.InvalidInput);
        if (reason.Trim().Length > 1000)
            return new("退回原因最多 1000 字。", "The reason can be at most 1,000 characters.", ProblemKind.InvalidInput);

        submission.Status = SubmissionStatus.Rejected;
        submission.RejectReason = reason.Trim();
        submission.ReviewedById = reviewer.Id;
        submission.ReviewedAt = time.GetUtcNow();
        audit.Add(AuditActions.Reject, nameof(Submission), Id(submission),
            new { kind = submission.Kind, period = submission.Period, reason = submission.RejectReason }, reviewer,
            await VillageCodeAsync(submission, cancellationToken));
        return await SaveAsync(cancellationToken);
    }

    private async Task<WorkflowProblem?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new("刚刚有人同时处理了这份台账，请刷新后再看。", "Someone else handled this ledger at the same moment; refresh and check.");
        }
    }

    // The audit line names the village, so that an inspector's search by district finds it.
    private async Task<string> VillageCodeAsync(Submission submission, CancellationToken cancellationToken) =>
        submission.Village?.Code ?? await db.Villages.Where(v => v.Id == submission.VillageId).Select(v => v.Code).SingleAsync(cancellationToken);

    private static string Id(Submission s) => s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
