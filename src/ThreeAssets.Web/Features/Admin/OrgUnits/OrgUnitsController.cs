using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Admin.OrgUnits;

/// <summary>Admin: the district → township → village tree (list, create, rename, a village's disclosure start).</summary>
[Authorize(Policy = PortalPolicies.Admin)]
[Route("admin/org")]
public sealed class OrgUnitsController(OrgUnitEditor editor) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(new OrgUnitsPage(await editor.TreeAsync()));

    [HttpPost("create")]
    public async Task<IActionResult> Create([Bind(Prefix = "Create")] CreateOrgUnitForm form)
    {
        var error = ModelState.IsValid ? await editor.CreateAsync(form) : null;
        if (error is not null) ModelState.AddModelError("Create.Code", error);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new OrgUnitsPage(await editor.TreeAsync()) { Create = form });
        }
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("rename")]
    public async Task<IActionResult> Rename([Bind(Prefix = "Rename")] RenameOrgUnitForm form)
    {
        var error = ModelState.IsValid ? await editor.RenameAsync(form) : null;
        if (error is not null) ModelState.AddModelError("Rename.Name", error);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new OrgUnitsPage(await editor.TreeAsync()) { Rename = form });
        }
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("disclosure-start")]
    public async Task<IActionResult> DisclosureStart([Bind(Prefix = "DisclosureStart")] DisclosureStartForm form)
    {
        var error = ModelState.IsValid ? await editor.SetDisclosureStartAsync(form) : null;
        if (error is not null) ModelState.AddModelError("DisclosureStart.Code", error);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new OrgUnitsPage(await editor.TreeAsync()) { DisclosureStart = form });
        }
        return RedirectToAction(nameof(Index));
    }
}
