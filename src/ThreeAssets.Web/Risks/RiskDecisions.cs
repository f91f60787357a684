using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Risks;

/// <summary>
/// An inspector's decisions on a warning — 已查看, 已排除 (with a reason), back to 待处理 — each audited with the
/// warning's rule and village. The status stays through recomputations (the warning's identity does not
/// depend on its rows), and a dismissal counts against its rule's quality.
/// </summary>
public sealed class RiskDecisions(PortalDbContext db, ScopeAccess scopes, AuditLog audit, TimeProvider time)
{
    public const int MaxReasonLength = 500;

    /// <summary>The warning if the user may see it (its village is in their scope), else null: a warning outside scope does not exist for them.</summary>
    public async Task<RiskAlert?> FindAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken) =>
        await db.RiskAlerts.Include(a => a.Village).ThenInclude(v => v.Township)
            .Where(a => a.Id == id && scopes.VisibleVillages(user).Any(v => v.Id == a.VillageId))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Records the decision; returns a problem (Chinese, English) when the input is not acceptable.</summary>
    public async Task<(string Zh, string En)?> DecideAsync(ClaimsPrincipal user, RiskAlert alert, RiskAlertStatus status, string? reason,
        CancellationToken cancellationToken)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (status == RiskAlertStatus.Dismissed && reason is null)
            return ("排除预警必须写明理由（会计入这条规则的误报率）。", "Dismissing a warning needs a reason (it counts toward the rule's false-positive rate).");
        if (reason is { Length: > MaxReasonLength })
            return ($"理由最多 {MaxReasonLength} 字。", $"The reason can be at most {MaxReasonLength} characters.");
        if (status == RiskAlertStatus.Case)
            return ("转为问题请在问题台账中办理。", "Open a case from the problem ledger.");

        var before = alert.Status;
        alert.Status = status;
        alert.StatusReason = status == RiskAlertStatus.Open ? null : reason;
        alert.StatusById = user.UserId();
        alert.StatusAt = time.GetUtcNow();
        var action = status switch
        {
            RiskAlertStatus.Seen => AuditActions.RiskSeen,
            RiskAlertStatus.Dismissed => AuditActions.RiskDismissed,
            _ => AuditActions.RiskReopened,
        };
        audit.Add(action, nameof(RiskAlert), alert.Id.ToString(CultureInfo.InvariantCulture),
            new { code = alert.Code, from = before.ToString(), to = status.ToString(), reason }, orgCode: alert.Village.Code);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
