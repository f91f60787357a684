using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Data;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Workspace;

/// <summary>
/// "工作台", linked from the layout for every signed-in user: accountants see what is due, reviewers go
/// to their review queue, admins to administration; inspectors see the same to-do list for their whole
/// district, read-only — which periods are late is exactly what they look for.
/// </summary>
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class WorkspaceController(WorkspaceService workspace) : Controller
{
    [HttpGet("/workspace")]
    public async Task<IActionResult> Index() => User.Role() switch
    {
        PortalRole.Reviewer => Redirect("/review"),
        PortalRole.Admin => Redirect("/admin"),
        _ => View(await workspace.BuildAsync(User)),
    };
}
