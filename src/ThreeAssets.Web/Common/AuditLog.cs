using System.Security.Claims;
using System.Text.Json;
using ThreeAssets.Data;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Common;

/// <summary>
/// Writes the append-only audit log (DESIGN §8). The acting user and IP come from the request.
/// <see cref="Add"/> joins the caller's unit of work, so the audit line and the change it describes are
/// saved together or not at all; <see cref="WriteAsync"/> saves at once (logins, failures).
/// Details carry ids, codes and counts — never passwords, residents' names or phone numbers. Entries are numbered
/// and hash-chained when saved (<see cref="AuditChain"/>, in <see cref="PortalDbContext"/>), whoever adds them.
/// </summary>
public sealed class AuditLog(PortalDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public AuditEntry Add(string action, string? targetType = null, string? targetId = null, object? details = null,
        PortalUser? actor = null, string? orgCode = null)
    {
        var context = http.HttpContext;
        var principal = context?.User;
        var entry = new AuditEntry
        {
            At = time.GetUtcNow(),
            UserId = actor?.Id ?? principal?.UserId(),
            UserName = actor?.UserName ?? (principal?.Identity?.IsAuthenticated == true ? principal.Identity.Name : null),
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            OrgCode = orgCode,
            Ip = context?.Connection.RemoteIpAddress?.ToString(),
            DetailsJson = details is null ? null : JsonSerializer.Serialize(details),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    public async Task WriteAsync(string action, string? targetType = null, string? targetId = null, object? details = null,
        PortalUser? actor = null, string? orgCode = null, CancellationToken cancellationToken = default)
    {
        Add(action, targetType, targetId, details, actor, orgCode);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Stable action codes, searched by inspectors; add new ones here rather than inline strings.</summary>
public static class AuditActions
{
    public const string Login = "account.login";
    public const string LoginFailed = "account.login-failed";
    public const string LockedOut = "account.locked-out";
    public const string Logout = "account.logout";
    public const string UserCreated = "admin.user.create";
    public const string UserLocked = "admin.user.lock";
    public const string UserUnlocked = "admin.user.unlock";
    public const string UserScopeChanged = "admin.user.scope";
    public const string PasswordReset = "admin.user.reset-password";
    public const string TokenIssued = "admin.token.issue";
    public const string TokenRevoked = "admin.token.revoke";
    public const string OrgCreated = OrgImportAudit.Created;
    public const string OrgRenamed = OrgImportAudit.Renamed;
    public const string OrgDisclosureStartSet = "admin.org.disclosure-start";
    public const string Upload = "submission.upload";
    public const string Submit = "submission.submit";
    public const string Approve = "submission.approve";
    public const string Reject = "submission.reject";
    public const string Publish = AuditChain.PublishAction;
    public const string OriginalDownloaded = "submission.download-original";
    public const string AnnotatedDownloaded = "submission.download-annotated";
    public const string QuestionAsked = "question.ask";
    public const string QuestionAnswered = "question.answer";
    public const string QuestionReopened = "question.reopen";
    public const string QuestionClosed = "question.close";
    public const string QuestionEscalated = "question.escalate";
    public const string NoticeBatchPdf = "notice.batch-pdf";
    public const string NoticeBatchZip = "notice.batch-zip";
    public const string CounterpartySearched = "inspect.counterparty.search";
    public const string RisksRecomputed = "risk.recompute";
    public const string RiskSeen = "risk.seen";
    public const string RiskDismissed = "risk.dismiss";
    public const string RiskReopened = "risk.reopen";
    public const string ThresholdsChanged = "admin.thresholds";
}
