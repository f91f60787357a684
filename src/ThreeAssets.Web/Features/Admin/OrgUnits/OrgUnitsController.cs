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
    public Task<IActionResult> Create([Bind(Prefix = "Create")] CreateOrgUnitForm form) =>
        SaveAsync("Create.Code", () => editor.CreateAsync(form), page => page with { Create = form });

    [HttpPost("rename")]
    public Task<IActionResult> Rename([Bind(Prefix = "Rename")] RenameOrgUnitForm form) =>
        SaveAsync("Rename.Name", () => editor.RenameAsync(form), page => page with { Rename = form });

    [HttpPost("disclosure-start")]
    public Task<IActionResult> DisclosureStart([Bind(Prefix = "DisclosureStart")] DisclosureStartForm form) =>
        SaveAsync("DisclosureStart.Code", () => editor.SetDisclosureStartAsync(form), page => page with { DisclosureStart = form });

    /// <summary>Saves a valid form and goes back to the tree; otherwise shows the page again with the form as typed and its error.</summary>
    private async Task<IActionResult> SaveAsync(string errorField, Func<Task<string?>> save, Func<OrgUnitsPage, OrgUnitsPage> withForm)
    {
        var error = ModelState.IsValid ? await save() : null;
        if (error is not null) ModelState.AddModelError(errorField, error);
        if (ModelState.IsValid) return RedirectToAction(nameof(Index));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", withForm(new OrgUnitsPage(await editor.TreeAsync())));
    }
}
