using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Risks;
using ThreeAssets.Data;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Risks;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Inspect;

/// <summary>
/// <c>/inspect/risks</c>: the warnings over published data in the inspector's district, filtered by rule, colour,
/// status, place and period; each with its evidence (unmasked for inspectors), its rule's basis, the value beside
/// the threshold, and the decisions 已查看 / 已排除 / 待处理.
/// </summary>
[Authorize(Policy = PortalPolicies.Inspector)]
public sealed class RisksController(PortalDbContext db, RiskReader reader, RiskDecisions decisions, RiskMonitor monitor, ScopeAccess scopes,
    AuditLog audit) : Controller
{
    [HttpGet("inspect/risks")]
    public async Task<IActionResult> Index(RiskQuery query, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (query.Problem() is { } problem)
        {
            ModelState.AddModelError("", UiLanguage.IsEnglish ? problem.En : problem.Zh);
            query = new RiskQuery();
        }
        var filtered = reader.Visible(User, query);
        var count = await filtered.CountAsync(cancellationToken);
        var pages = Math.Max(1, (count + RiskQuery.PageSize - 1) / RiskQuery.PageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        var items = await RiskItem.Project(filtered.OrderByDescending(a => a.Colour).ThenBy(a => a.Village.Code).ThenByDescending(a => a.Period).ThenBy(a => a.Id))
            .Skip((page - 1) * RiskQuery.PageSize).Take(RiskQuery.PageSize).ToListAsync(cancellationToken);

        // The rule-quality table counts every warning in the user's scope, whatever the filters: a rule is judged on all it raised.
        var all = reader.Visible(User, new RiskQuery { Scope = query.Scope });
        var everything = db.RiskAlerts.AsNoTracking().Where(a => scopes.VisibleVillages(User).Any(v => v.Id == a.VillageId));
        var quality = await everything.GroupBy(a => a.Code)
            .Select(g => new RuleQuality(g.Key, g.Count(), g.Count(a => a.Status == RiskAlertStatus.Dismissed), g.Count(a => a.ClearedAt == null)))
            .ToListAsync(cancellationToken);
        var colours = await all.GroupBy(a => a.Colour).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return View("Risks", new RisksPage
        {
            Query = query with { Page = page },
            Items = items,
            Count = count,
            PageCount = pages,
            Red = colours.Where(c => c.Key == RiskColour.Red).Sum(c => c.Count),
            Yellow = colours.Where(c => c.Key == RiskColour.Yellow).Sum(c => c.Count),
            Quality = RiskRules.All.Select(r => quality.FirstOrDefault(q => q.Code == r.Code) ?? new RuleQuality(r.Code, 0, 0, 0)).ToList(),
            Notice = TempData["RiskNotice"] as string,
        });
    }

    [HttpGet("inspect/risks/{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken cancellationToken)
    {
        if (await decisions.FindAsync(User, id, cancellationToken) is not { } alert) return NotFound();
        return View("Risk", await DetailAsync(alert, cancellationToken));
    }

    [HttpPost("inspect/risks/{id:long}/decision")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Decide(long id, [FromForm] string? status, [FromForm] string? reason, CancellationToken cancellationToken)
    {
        if (await decisions.FindAsync(User, id, cancellationToken) is not { } alert) return NotFound();
        if (!EnumNames.TryParse<RiskAlertStatus>(status, out var decision))
            return BadRequest();
        if (await decisions.DecideAsync(User, alert, decision, reason, cancellationToken) is { } problem)
        {
            ModelState.AddModelError("reason", UiLanguage.IsEnglish ? problem.En : problem.Zh);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Risk", await DetailAsync(alert, cancellationToken, reason));
        }
        return Redirect($"/inspect/risks/{id}");
    }

    /// <summary>Recomputes every district in the user's scope now (the portal also does it on each publication and every few hours).</summary>
    [HttpPost("inspect/risks/recompute")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Recompute(CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().Select(d => new { d.Id, d.Code }).ToListAsync(cancellationToken);
        var total = new RecomputeResult(0, 0, 0);
        foreach (var district in districts.Where(d => ScopeAccess.CanActOn(User, d.Code)))
        {
            var result = await monitor.RecomputeDistrictAsync(district.Id, cancellationToken);
            audit.Add(AuditActions.RisksRecomputed, nameof(District), district.Code, new { result.Found, result.Added, result.Cleared }, orgCode: district.Code);
            await db.SaveChangesAsync(cancellationToken);
            total = new RecomputeResult(total.Found + result.Found, total.Added + result.Added, total.Cleared + result.Cleared);
        }
        TempData["RiskNotice"] = UiLanguage.IsEnglish
            ? $"Recomputed: {total.Found} warnings stand, {total.Added} new, {total.Cleared} cleared."
            : $"已重新计算：现有预警 {total.Found} 条，新增 {total.Added} 条，消除 {total.Cleared} 条。";
        return Redirect("/inspect/risks");
    }

    private async Task<RiskPage> DetailAsync(RiskAlert alert, CancellationToken cancellationToken, string? reason = null)
    {
        var evidence = new List<EvidenceRow>();
        if (alert.PublicationId is { } publication)
        {
            foreach (var rowNo in alert.RowList.Take(20))
            {
                var rows = await db.LoadRowsAsync(publication, alert.Kind, rowNo - 1, 1, cancellationToken);
                if (rows.Count == 1) evidence.Add(new EvidenceRow(rowNo, rows[0]));
            }
        }
        var id = alert.Id.ToString(CultureInfo.InvariantCulture);
        var history = await db.AuditEntries.AsNoTracking()
            .Where(e => e.TargetType == nameof(RiskAlert) && e.TargetId == id)
            .OrderBy(e => e.Id).Select(e => new RiskHistory(e.At, e.UserName, e.Action, e.DetailsJson)).ToListAsync(cancellationToken);
        return new RiskPage
        {
            Alert = alert,
            Rule = RiskRules.Find(alert.Code),
            Schema = LedgerKinds.Of(alert.Kind).Schema,
            Evidence = evidence,
            History = history,
            Reason = reason,
        };
    }
}

public sealed record RuleQuality(string Code, int Total, int Dismissed, int Standing)
{
    public int DismissedPercent => Total == 0 ? 0 : (int)Math.Round(100.0 * Dismissed / Total);
}

/// <summary>A row of the publication that is a warning's evidence, by its position in the publication.</summary>
public sealed record EvidenceRow(int RowNo, ILedgerRow Row);

public sealed record RiskHistory(DateTimeOffset At, string? UserName, string Action, string? DetailsJson);

public sealed class RisksPage
{
    public required RiskQuery Query { get; init; }
    public required IReadOnlyList<RiskItemRow> Items { get; init; }
    public int Count { get; init; }
    public int PageCount { get; init; }
    public int Red { get; init; }
    public int Yellow { get; init; }
    public required IReadOnlyList<RuleQuality> Quality { get; init; }
    public string? Notice { get; init; }
}

public sealed class RiskPage
{
    public required RiskAlert Alert { get; init; }
    public RiskRule? Rule { get; init; }
    public required LedgerSchema Schema { get; init; }
    public required IReadOnlyList<EvidenceRow> Evidence { get; init; }
    public required IReadOnlyList<RiskHistory> History { get; init; }
    public string? Reason { get; init; }
}
