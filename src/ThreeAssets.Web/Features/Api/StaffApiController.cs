using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Api;

/// <summary>
/// Staff API basics for accounting software: who the token belongs to, and a village's submissions
/// (only inside the caller's scope — the server checks every village code it is given).
/// </summary>
[ApiController]
[Authorize(Policy = PortalPolicies.Staff)]
[IgnoreAntiforgeryToken] // /api authenticates by bearer token only, never by cookie.
[Route("api/v1")]
public sealed class StaffApiController(PortalDbContext db, IAuthorizationService authorization) : ControllerBase
{
    [HttpGet("me")]
    public ActionResult<StaffIdentity> Me() =>
        new StaffIdentity(User.Identity?.Name ?? "", User.FindFirst(PortalClaims.DisplayName)?.Value ?? "",
            User.Role()?.ToString() ?? "", User.Scopes());

    [HttpGet("villages/{code}/submissions")]
    public async Task<ActionResult<IReadOnlyList<SubmissionSummary>>> VillageSubmissions(string code)
    {
        if (!(await authorization.AuthorizeAsync(User, code, PortalPolicies.OrgUnit)).Succeeded)
            return Forbid();
        var village = await db.Villages.AsNoTracking().SingleOrDefaultAsync(v => v.Code == code);
        if (village is null) return NotFound();
        return await db.Submissions.AsNoTracking()
            .Where(s => s.VillageId == village.Id)
            .OrderByDescending(s => s.Id)
            .Select(s => new SubmissionSummary(s.Id, s.Kind.ToString(), s.Period, s.Status.ToString(), s.FileName,
                s.RowCount, s.ErrorCount, s.WarningCount, s.PublicationId))
            .ToListAsync();
    }
}

public sealed record StaffIdentity(string UserName, string DisplayName, string Role, IReadOnlyList<string> Scopes);

public sealed record SubmissionSummary(long Id, string Kind, string Period, string Status, string FileName,
    int Rows, int Errors, int Warnings, long? PublicationId);
