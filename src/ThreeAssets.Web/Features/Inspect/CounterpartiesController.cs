using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Inspect;

/// <summary>
/// /inspect/counterparties?q=: inspectors (their district), reviewers (their township) and admins search the published
/// ledgers for a payee, contractor or lessee (<see cref="CounterpartySearch"/>); without q, each township's largest payees.
/// </summary>
[Authorize(Policy = PortalPolicies.AuditReader)]
public sealed class CounterpartiesController(CounterpartySearch search, AuditLog audit, IStringLocalizer<SharedResource> L) : Controller
{
    private const string ViewPath = "~/Features/Inspect/Counterparties.cshtml";

    [HttpGet("inspect/counterparties")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        // A page that is not a number just means the first page.
        ModelState.Clear();
        q = q?.Trim();
        if (string.IsNullOrEmpty(q)) return View(ViewPath, await search.TopAsync(User, null, cancellationToken));
        if (q.Length is < CounterpartySearch.MinLength or > CounterpartySearch.MaxLength)
        {
            ModelState.AddModelError("q", q.Length < CounterpartySearch.MinLength
                ? L["请至少输入名称中的 2 个字，例如「建材」或「张」加名字中的一个字。"].Value
                : L["名称最多 50 个字。请输入名称中最能区分的一部分。"].Value);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(ViewPath, await search.TopAsync(User, q, cancellationToken));
        }
        var result = await search.SearchAsync(User, q, page, cancellationToken);
        // The name searched for is recorded, although the log otherwise keeps residents' names out: looking a person up
        // across a district is itself an act inspectors must answer for, and "someone searched something" would not
        // let anyone check who looked whom up. The log is read only by admins and inspectors of the same district
        // (the entry's org code is the searcher's scope).
        await audit.WriteAsync(AuditActions.CounterpartySearched, "counterparty", null,
            new { q, page = result.Page, rows = result.Total }, orgCode: User.Scopes() is [var scope, ..] ? scope : null, cancellationToken: cancellationToken);
        return View(ViewPath, result);
    }
}
