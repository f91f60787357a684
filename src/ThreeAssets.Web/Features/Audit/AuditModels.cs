using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace ThreeAssets.Web.Features.Audit;

/// <summary>The search form, bound from the query string only (so <c>action</c> is not MVC's route value).</summary>
public sealed class AuditQuery
{
    [FromQuery(Name = "from")] public string? From { get; set; }
    [FromQuery(Name = "to")] public string? To { get; set; }
    [FromQuery(Name = "action")] public string? Action { get; set; }
    [FromQuery(Name = "org")] public string? Org { get; set; }
    [FromQuery(Name = "user")] public string? User { get; set; }
    [FromQuery(Name = "text")] public string? Text { get; set; }
    [FromQuery(Name = "page")] public int Page { get; set; } = 1;

    public bool IsFiltered => new[] { From, To, Action, Org, User, Text }.Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The same search on another page, for the page links.</summary>
    public string Link(int page)
    {
        var url = new StringBuilder("/audit?");
        foreach (var (name, value) in new[] { ("from", From), ("to", To), ("action", Action), ("org", Org), ("user", User), ("text", Text) })
        {
            if (!string.IsNullOrWhiteSpace(value))
                url.Append(name).Append('=').Append(Uri.EscapeDataString(value.Trim())).Append('&');
        }
        return url.Append("page=").Append(page.ToString(CultureInfo.InvariantCulture)).ToString();
    }
}

/// <summary>What the form got wrong; the controller turns each into a clear message at its field.</summary>
public enum AuditProblem { BadFrom, BadTo, FromAfterTo, BadOrg, UnknownAction, OrgOutsideScope }

public sealed record AuditRow(DateTimeOffset At, string Action, string? UserName, string? TargetType, string? TargetId,
    string? OrgCode, string? OrgName, string? Ip, string? DetailsJson);

public sealed record AuditPage(
    AuditQuery Query,
    IReadOnlyList<(string Field, AuditProblem Problem)> Problems,
    IReadOnlyList<AuditActionNames.Entry> Actions,
    DateOnly? From, DateOnly? To,
    int Total, int PageCount, IReadOnlyList<AuditRow> Rows,
    bool Admin, IReadOnlyList<string> Scopes)
{
    public const int PageSize = 50;
}
