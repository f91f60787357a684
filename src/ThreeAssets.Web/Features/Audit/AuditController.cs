using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Audit;

/// <summary>The audit-log search for inspectors, admins and reviewers (who sees what: <see cref="AuditSearch"/>).</summary>
[Authorize(Policy = PortalPolicies.AuditReader)]
public sealed class AuditController(AuditSearch search, IStringLocalizer<SharedResource> L) : Controller
{
    [HttpGet("/audit")]
    public async Task<IActionResult> Index(AuditQuery query, CancellationToken cancellationToken)
    {
        // A page number that is not a number just means the first page; the form's own problems come from the search.
        ModelState.Clear();
        var page = await search.SearchAsync(User, query, cancellationToken);
        foreach (var (field, problem) in page.Problems)
            ModelState.AddModelError(field, Message(problem));
        return View(page);
    }

    private string Message(AuditProblem problem) => problem switch
    {
        AuditProblem.BadFrom => L["“从”这个日期看不懂。请按 2026-11-01 这样填写年、月、日。"],
        AuditProblem.BadTo => L["“到”这个日期看不懂。请按 2026-11-30 这样填写年、月、日。"],
        AuditProblem.FromAfterTo => L["开始日期晚于结束日期。请把较早的日期填在“从”，较晚的填在“到”。"],
        AuditProblem.BadOrg => L["机构代码只由数字和“-”组成，例如村 3301-01-01、乡镇 3301-01。"],
        AuditProblem.OrgOutsideScope => L["这个机构代码不在您可以查看的范围内。请填写您负责地区内的村或乡镇代码。"],
        _ => L["请从列表中选择操作类型。"],
    };
}
