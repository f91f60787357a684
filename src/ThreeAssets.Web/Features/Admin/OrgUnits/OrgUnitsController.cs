using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ThreeAssets.Data;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Admin.OrgUnits;

/// <summary>Admin: the district → township → village tree (list, create, rename, a village's disclosure start, import a CSV).</summary>
[Authorize(Policy = PortalPolicies.Admin)]
[Route("admin/org")]
public sealed class OrgUnitsController(OrgUnitEditor editor, IStringLocalizer<SharedResource> L) : Controller
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

    // A little over the file cap, so that a file just over it gets the message below rather than a bare 413.
    private const long ImportBodyLimit = OrgImportFile.MaxBytes + 64 * 1024;

    [HttpPost("import")]
    [RequestSizeLimit(ImportBodyLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = ImportBodyLimit)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        // A body over the form limit arrives as a model-state error instead of a file.
        var problem = !ModelState.IsValid || file?.Length > OrgImportFile.MaxBytes
            ? L["文件超过 5 MB，不像机构名单。请上传只有 代码,名称,上级代码 三列的 CSV 文件。"].Value
            : file is null || file.Length == 0 ? L["请先选择机构名单的 CSV 文件，再点“导入”。"].Value : null;
        if (problem is not null)
        {
            ModelState.Clear();
            ModelState.AddModelError("file", problem);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new OrgUnitsPage(await editor.TreeAsync()));
        }
        using var buffer = new MemoryStream((int)file!.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var result = await editor.ImportAsync(buffer.ToArray(), cancellationToken);
        if (result.Refused) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Imported", result);
    }

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
