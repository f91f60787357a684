using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Risks;
using ThreeAssets.Data;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Risks;

/// <summary>
/// The filters of the warnings list and of <c>GET /api/v1/risks</c>, bound from the query string. A status of
/// <c>open</c>, <c>seen</c>, <c>dismissed</c> or <c>case</c> lists standing warnings with that decision;
/// <c>cleared</c> lists those a correction removed; none lists every standing warning.
/// </summary>
public sealed record RiskQuery
{
    public const int PageSize = 50;

    /// <summary>A rule code (RISK-CASH).</summary>
    public string? Code { get; init; }

    /// <summary>red or yellow.</summary>
    public string? Colour { get; init; }

    public string? Status { get; init; }

    /// <summary>A district, township or village code: the part of the caller's scope to list.</summary>
    public string? Scope { get; init; }

    /// <summary>2026-10 or 2026-Q3.</summary>
    public string? Period { get; init; }

    public int Page { get; init; } = 1;

    public static readonly string[] Statuses = ["open", "seen", "dismissed", "case", "cleared"];

    /// <summary>What is wrong with the filters, in Chinese and English, or null.</summary>
    public (string Zh, string En)? Problem() =>
        Code is { Length: > 0 } c && RiskRules.Find(c.Trim()) is null ? ("没有这个预警规则代码。", "No such risk rule code.")
        : Colour is { Length: > 0 } k && !EnumNames.TryParse<RiskColour>(k, out _) ? ("颜色只能是 red 或 yellow。", "Colour must be red or yellow.")
        : Status is { Length: > 0 } s && !Statuses.Contains(s.Trim().ToLowerInvariant()) ? ("状态只能是 open、seen、dismissed、case 或 cleared。", "Status must be open, seen, dismissed, case or cleared.")
        : Scope is { Length: > 0 } o && !OrgCodes.IsWellFormed(o.Trim()) ? ("机构代码只由数字和“-”组成，例如 3301-01。", "An org code is digits and '-', e.g. 3301-01.")
        : Period is { Length: > 0 } p && !Core.Ledgers.Period.TryParse(p.Trim(), out _) ? ("期间写作 2026-10 或 2026-Q3。", "A period is written 2026-10 or 2026-Q3.")
        : null;

    /// <summary>The warnings of the villages the user may see, filtered; scope codes outside the user's own match nothing.</summary>
    public IQueryable<RiskAlert> Apply(IQueryable<RiskAlert> alerts, IQueryable<Village> visible)
    {
        var villages = visible;
        if (Scope is { Length: > 0 } scope)
        {
            var code = scope.Trim();
            var pattern = code + "-%";
            villages = villages.Where(v => v.Code == code || EF.Functions.Like(v.Code, pattern));
        }
        alerts = alerts.Where(a => villages.Any(v => v.Id == a.VillageId));
        if (Code is { Length: > 0 } rule) alerts = alerts.Where(a => a.Code == rule.Trim());
        if (Colour is { Length: > 0 } colour && EnumNames.TryParse<RiskColour>(colour, out var c)) alerts = alerts.Where(a => a.Colour == c);
        if (Period is { Length: > 0 } period) alerts = alerts.Where(a => a.Period == period.Trim());
        return Status?.Trim().ToLowerInvariant() switch
        {
            "cleared" => alerts.Where(a => a.ClearedAt != null),
            "open" => alerts.Where(a => a.ClearedAt == null && a.Status == RiskAlertStatus.Open),
            "seen" => alerts.Where(a => a.ClearedAt == null && a.Status == RiskAlertStatus.Seen),
            "dismissed" => alerts.Where(a => a.ClearedAt == null && a.Status == RiskAlertStatus.Dismissed),
            "case" => alerts.Where(a => a.ClearedAt == null && a.Status == RiskAlertStatus.Case),
            _ => alerts.Where(a => a.ClearedAt == null),
        };
    }

    /// <summary>The query string for the same filters on another page.</summary>
    public string With(int page)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) parts.Add(key + "=" + Uri.EscapeDataString(value.Trim()));
        }
        Add("code", Code);
        Add("colour", Colour);
        Add("status", Status);
        Add("scope", Scope);
        Add("period", Period);
        if (page > 1) Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}

/// <summary>The API's and the list's view of a warning (DESIGN §10).</summary>
public sealed record RiskItem(long Id, string Code, string Colour, string Township, string Village, string VillageName, string Kind,
    string Period, long? PublicationId, IReadOnlyList<int> Rows, string Message, string Status)
{
    public static IQueryable<RiskItemRow> Project(IQueryable<RiskAlert> alerts) =>
        alerts.Select(a => new RiskItemRow(a.Id, a.Code, a.Colour, a.Village.Township.Code, a.Village.Code, a.Village.Name, a.Kind, a.Period,
            a.PublicationId, a.Rows, a.Message, a.MessageEn, a.Value, a.Threshold, a.Status, a.ClearedAt));
}

/// <summary>A warning as read for a list, before the language and the rows are chosen.</summary>
public sealed record RiskItemRow(long Id, string Code, RiskColour Colour, string Township, string Village, string VillageName, LedgerKind Kind,
    string Period, long? PublicationId, string? Rows, string Message, string MessageEn, string Value, string Threshold,
    RiskAlertStatus Status, DateTimeOffset? ClearedAt)
{
    public IReadOnlyList<int> RowList => RiskAlert.ParseRows(Rows);

    public string StatusCode => ClearedAt is not null ? "cleared" : Status.ToString().ToLowerInvariant();

    public RiskItem ToItem(bool english) => new(Id, Code, Colour.ToString().ToLowerInvariant(), Township, Village, VillageName,
        Kind.ToString().ToLowerInvariant(), Period, PublicationId, RowList, english ? MessageEn : Message, StatusCode);
}

/// <summary>Reading warnings for a signed-in user: only in villages they may see.</summary>
public sealed class RiskReader(PortalDbContext db, ScopeAccess scopes)
{
    public IQueryable<RiskAlert> Visible(ClaimsPrincipal user, RiskQuery query) =>
        query.Apply(db.RiskAlerts.AsNoTracking(), scopes.VisibleVillages(user));
}
