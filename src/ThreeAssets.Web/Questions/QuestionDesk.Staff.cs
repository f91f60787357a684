using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Questions;

/// <summary>Staff side: inboxes, answering, closing, and escalation past the deadline (RISK-UNANSWERED).</summary>
public sealed partial class QuestionDesk
{
    public const int MaxAnswerLength = 2000;

    public int AnswerDays => options.AnswerDays;

    /// <summary>Waiting for an answer longer than the configured days (strictly more: day 10 is still on time).</summary>
    public bool IsOverdue(Question q, DateTimeOffset now) =>
        q.Status == QuestionStatus.Received && now - q.OpenSince > TimeSpan.FromDays(options.AnswerDays);

    /// <summary>
    /// Marks overdue questions as escalated to the township, once each, with an audit line. Lazy: called by
    /// every page that shows questions, so no background job is needed and the fake clock in tests suffices.
    /// </summary>
    public async Task<int> EscalateOverdueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var open = await db.Questions.Where(q => q.Status == QuestionStatus.Received && q.EscalatedAt == null)
            .ToListAsync(cancellationToken);
        var overdue = open.Where(q => IsOverdue(q, now)).ToList();
        if (overdue.Count == 0) return 0;
        var villageIds = overdue.Select(q => q.VillageId).Distinct().ToList();
        var codes = await db.Villages.Where(v => villageIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Code, cancellationToken);
        foreach (var q in overdue)
        {
            q.EscalatedAt = now;
            // The deadline escalated it, not whoever happened to open a page.
            var entry = audit.Add(AuditActions.QuestionEscalated, "question", Id(q), new { days = options.AnswerDays }, orgCode: codes[q.VillageId]);
            entry.UserId = null;
            entry.UserName = null;
        }
        await db.SaveChangesAsync(cancellationToken);
        return overdue.Count;
    }

    /// <summary>
    /// Questions in the user's villages. Staff: everything not yet closed, waiting ones first (escalated, then
    /// reopened, then oldest). Inspectors: those past the deadline or escalated at some point.
    /// </summary>
    public async Task<InboxPage> InboxAsync(ClaimsPrincipal user, bool forInspectors, CancellationToken cancellationToken = default)
    {
        await EscalateOverdueAsync(cancellationToken);
        var now = time.GetUtcNow();
        var villages = await scope.VisibleVillages(user).Select(v => new { v.Id, v.Name }).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        var ids = villages.Keys.ToList();
        var rows = await db.Questions.AsNoTracking()
            .Where(q => ids.Contains(q.VillageId))
            .Where(q => forInspectors ? q.EscalatedAt != null || q.Status == QuestionStatus.Received : q.Status != QuestionStatus.Closed)
            .Join(db.Publications, q => q.PublicationId, p => p.Id, (q, p) => new { Q = q, p.Kind, p.Period, p.Version })
            .ToListAsync(cancellationToken);
        var items = rows
            .Where(r => !forInspectors || r.Q.EscalatedAt != null || IsOverdue(r.Q, now))
            .Select(r => new InboxItem(r.Q.Id, r.Q.TrackingCode, villages[r.Q.VillageId], Title(villages[r.Q.VillageId], r.Kind, r.Period, r.Version),
                r.Q.RowNo, Excerpt(r.Q.Text), r.Q.Status, r.Q.Reopened, r.Q.EscalatedAt != null, IsOverdue(r.Q, now),
                AgeDays(r.Q, now), r.Q.ReceivedAt))
            .OrderBy(i => i.Status)
            .ThenByDescending(i => i.Overdue || i.Escalated)
            .ThenByDescending(i => i.Reopened)
            .ThenByDescending(i => i.AgeDays)
            .ToList();
        return new InboxPage(items, options.AnswerDays, forInspectors);
    }

    /// <summary>One question for staff; null when it does not exist or lies outside the user's scope.</summary>
    public async Task<StaffQuestion?> StaffQuestionAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken = default)
    {
        await EscalateOverdueAsync(cancellationToken);
        var q = await db.Questions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (q is null) return null;
        var code = await VillageCodeAsync(q, cancellationToken);
        if (!ScopeAccess.CanActOn(user, code)) return null;
        var now = time.GetUtcNow();
        return new StaffQuestion(q.Id, await ViewAsync(q, cancellationToken), code, q.AskerName, q.AskerPhone,
            IsOverdue(q, now), AgeDays(q, now), CanAnswer(user));
    }

    public async Task<QuestionChange> AnswerAsync(ClaimsPrincipal user, long id, AnswerForm form, CancellationToken cancellationToken = default)
    {
        // Scope first: outside it, an empty answer must read "not found" like any other, not "please write something".
        var (q, code) = await InScopeAsync(user, id, cancellationToken);
        if (q is null || code is null) return QuestionChange.NotFound;
        var text = form.Answer?.Trim() ?? "";
        if (text.Length is 0 or > MaxAnswerLength) return QuestionChange.Invalid;
        if (q.Status != QuestionStatus.Received) return QuestionChange.WrongState;
        var previous = q.Answer;
        q.Status = QuestionStatus.Answered;
        q.Answer = text;
        q.AnswerPublic = form.Public;
        q.AnsweredAt = time.GetUtcNow();
        q.AnsweredById = user.UserId();
        q.AnsweredByLabel = await AnswererLabelAsync(user, code, cancellationToken);
        // A second answer (after a reopening) replaces the first on screen; the log keeps the first.
        audit.Add(AuditActions.QuestionAnswered, "question", Id(q), new { @public = form.Public, previousAnswer = previous }, orgCode: code);
        return await SaveTransitionAsync(cancellationToken);
    }

    public async Task<QuestionChange> CloseAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken = default)
    {
        var (q, code) = await InScopeAsync(user, id, cancellationToken);
        if (q is null) return QuestionChange.NotFound;
        if (q.Status != QuestionStatus.Answered) return QuestionChange.WrongState;
        q.Status = QuestionStatus.Closed;
        q.ClosedAt = time.GetUtcNow();
        audit.Add(AuditActions.QuestionClosed, "question", Id(q), null, orgCode: code);
        return await SaveTransitionAsync(cancellationToken);
    }

    /// <summary>Status and the reopened flag are concurrency tokens: a change raced by another one is refused, not merged.</summary>
    private async Task<QuestionChange> SaveTransitionAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return QuestionChange.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return QuestionChange.WrongState;
        }
    }

    private static bool CanAnswer(ClaimsPrincipal user) =>
        user.Role() is PortalRole.Accountant or PortalRole.Reviewer or PortalRole.Admin;

    private async Task<(Question? Question, string? VillageCode)> InScopeAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var q = await db.Questions.SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (q is null || !CanAnswer(user)) return (null, null);
        var code = await VillageCodeAsync(q, cancellationToken);
        return ScopeAccess.CanActOn(user, code) ? (q, code) : (null, null);
    }

    /// <summary>Who answered, as residents should see it: the role and organisation, not a person's name.</summary>
    private async Task<string> AnswererLabelAsync(ClaimsPrincipal user, string villageCode, CancellationToken cancellationToken)
    {
        var village = await db.Villages.AsNoTracking().Where(v => v.Code == villageCode)
            .Select(v => new { v.Name, Township = v.Township.Name, v.Township.ReviewOrganisation }).SingleAsync(cancellationToken);
        return user.Role() switch
        {
            PortalRole.Accountant => $"{village.Name}会计",
            PortalRole.Reviewer => village.ReviewOrganisation ?? $"{village.Township}三资服务中心",
            _ => "区三资管理部门",
        };
    }

    private static int AgeDays(Question q, DateTimeOffset now) =>
        (int)(now - (q.Status == QuestionStatus.Received ? q.OpenSince : q.ReceivedAt)).TotalDays;

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
