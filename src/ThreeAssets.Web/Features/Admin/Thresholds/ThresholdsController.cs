using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Risks;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Admin.Thresholds;

/// <summary>
/// Admin: each district's risk thresholds and rule colours (DESIGN §7). A change is audited with the values
/// before and after, and the district's warnings are recomputed at once, so the list never shows warnings
/// judged by thresholds that no longer hold.
/// </summary>
[Authorize(Policy = PortalPolicies.Admin)]
[Route("admin/thresholds")]
public sealed class ThresholdsController(PortalDbContext db, AuditLog audit, RiskMonitor monitor) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? district, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var chosen = districts.FirstOrDefault(d => d.Code == district) ?? districts.FirstOrDefault();
        if (chosen is null) return View(new ThresholdsPage(districts, null, TempData["ThresholdsSaved"] as string));
        return View(new ThresholdsPage(districts, ThresholdsForm.From(chosen.Code, DistrictThresholds.Of(chosen)), TempData["ThresholdsSaved"] as string));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(ThresholdsForm form, CancellationToken cancellationToken)
    {
        var district = await db.Districts.SingleOrDefaultAsync(d => d.Code == form.District, cancellationToken);
        if (district is null) return NotFound();
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new ThresholdsPage(await db.Districts.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken), form, null));
        }
        var before = district.RiskThresholdsJson;
        district.RiskThresholdsJson = DistrictThresholds.ToJson(form.ToThresholds());
        audit.Add(AuditActions.ThresholdsChanged, nameof(District), district.Code, new { before, after = district.RiskThresholdsJson }, orgCode: district.Code);
        await db.SaveChangesAsync(cancellationToken);
        var result = await monitor.RecomputeDistrictAsync(district.Id, cancellationToken);
        TempData["ThresholdsSaved"] = $"{result.Found}|{result.Added}|{result.Cleared}";
        return Redirect($"/admin/thresholds?district={Uri.EscapeDataString(district.Code)}");
    }
}

public sealed record ThresholdsPage(IReadOnlyList<District> Districts, ThresholdsForm? Form, string? Saved);
