using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Audit;

/// <summary>
/// The audit-log search at /audit (DESIGN §8). Who finds what:
/// <list type="bullet">
/// <item>admins: every entry, including those without an org code (sign-ins, user and token administration);</item>
/// <item>inspectors: entries whose org code lies within one of their scope codes (their district), by the same
/// prefix rule as <see cref="ScopeAccess"/>; entries without an org code never — they concern accounts, not
/// the villages' data, and may name staff of other districts;</item>
/// <item>reviewers: the same rule for their township — the trail of the uploads, approvals and downloads they
/// answer for;</item>
/// <item>accountants: no access (the policy answers with access denied); their own actions show on their pages.</item>
/// </list>
/// Read-only: a search writes no audit line (an export would). Filters run in SQL over the (Action, At),
/// (OrgCode, At) and At indexes; rows are projected without tracking, 50 a page, newest first.
/// </summary>
public sealed class AuditSearch(PortalDbContext db)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    public async Task<AuditPage> SearchAsync(ClaimsPrincipal user, AuditQuery query, CancellationToken cancellationToken = default)
    {
        var admin = user.Role() == PortalRole.Admin;
        var scopes = admin ? [] : user.Scopes().ToList();
        var actions = AuditActionNames.All.Where(a => admin || a.Scoped).ToList();
        var problems = new List<(string Field, AuditProblem Problem)>();
        var from = ParseDate(query.From, "from", AuditProblem.BadFrom, problems);
        var to = ParseDate(query.To, "to", AuditProblem.BadTo, problems);
        if (from > to) problems.Add(("from", AuditProblem.FromAfterTo));
        // Echo read dates as the date inputs expect them (2026/11/1 typed into a link would show empty).
        if (from is { } fromDate) query.From = fromDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (to is { } toDate) query.To = toDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var action = Clean(query.Action);
        if (action is not null && !actions.Any(a => a.Code == action)) problems.Add(("action", AuditProblem.UnknownAction));
        var org = Clean(query.Org);
        if (org is not null && !OrgCodes.IsWellFormed(org)) problems.Add(("org", AuditProblem.BadOrg));
        else if (org is not null && !admin && !scopes.Any(s => OrgCodes.IsWithin(org, s) || OrgCodes.IsWithin(s, org)))
            problems.Add(("org", AuditProblem.OrgOutsideScope));
        if (problems.Count > 0)
            return new AuditPage(query, problems, actions, from, to, 0, 0, [], admin, scopes);

        var entries = Visible(admin, scopes);
        if (from is { } f) { var start = StartOf(f); entries = entries.Where(a => a.At >= start); }
        if (to is { } t) { var end = StartOf(t.AddDays(1)); entries = entries.Where(a => a.At < end); }
        if (action is not null) entries = entries.Where(a => a.Action == action);
        if (org is not null)
        {
            var below = org + "-";
            entries = entries.Where(a => a.OrgCode == org || a.OrgCode!.StartsWith(below));
        }
        if (Clean(query.User) is { } userName) entries = entries.Where(a => a.UserName!.Contains(userName));
        if (Clean(query.Text) is { } text) entries = entries.Where(a => a.TargetId!.Contains(text));

        var total = await entries.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + AuditPage.PageSize - 1) / AuditPage.PageSize);
        query.Page = Math.Clamp(query.Page, 1, pageCount);
        var found = await entries
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((query.Page - 1) * AuditPage.PageSize).Take(AuditPage.PageSize)
            .Select(a => new { a.At, a.Action, a.UserName, a.TargetType, a.TargetId, a.OrgCode, a.Ip, a.DetailsJson })
            .ToListAsync(cancellationToken);
        var names = await OrgNamesAsync(found.Select(a => a.OrgCode).OfType<string>().Distinct().ToList(), cancellationToken);
        var rows = found.Select(a => new AuditRow(a.At, a.Action, a.UserName, a.TargetType, a.TargetId, a.OrgCode,
            a.OrgCode is null ? null : names.GetValueOrDefault(a.OrgCode),
            // A resident's IP (questions are asked without an account) is personal data; staff IPs are the trail.
            a.UserName is null ? null : a.Ip, a.DetailsJson)).ToList();
        return new AuditPage(query, problems, actions, from, to, total, pageCount, rows, admin, scopes);
    }

    private IQueryable<AuditEntry> Visible(bool admin, List<string> scopes)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (admin) return entries;
        // Org codes hold only digits and '-', so they are safe inside a LIKE pattern (as in ScopeAccess).
        var patterns = scopes.Select(s => s + "-%").ToList();
        return entries.Where(a => a.OrgCode != null
            && (scopes.Contains(a.OrgCode) || patterns.Any(p => EF.Functions.Like(a.OrgCode, p))));
    }

    private async Task<Dictionary<string, string>> OrgNamesAsync(List<string> codes, CancellationToken cancellationToken)
    {
        if (codes.Count == 0) return [];
        var names = await db.Villages.AsNoTracking().Where(v => codes.Contains(v.Code))
            .Select(v => new { v.Code, v.Name }).ToListAsync(cancellationToken);
        names.AddRange(await db.Townships.AsNoTracking().Where(t => codes.Contains(t.Code))
            .Select(t => new { t.Code, t.Name }).ToListAsync(cancellationToken));
        names.AddRange(await db.Districts.AsNoTracking().Where(d => codes.Contains(d.Code))
            .Select(d => new { d.Code, d.Name }).ToListAsync(cancellationToken));
        return names.DistinctBy(n => n.Code).ToDictionary(n => n.Code, n => n.Name, StringComparer.Ordinal);
    }

    /// <summary>Midnight in Beijing as a UTC instant: the log stores UTC, and SQLite compares the stored
    /// binary form only correctly between values with the same offset.</summary>
    private static DateTimeOffset StartOf(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime();

    private static DateOnly? ParseDate(string? text, string field, AuditProblem problem, List<(string, AuditProblem)> problems)
    {
        if (Clean(text) is not { } value) return null;
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 2100)
            return date;
        problems.Add((field, problem));
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
