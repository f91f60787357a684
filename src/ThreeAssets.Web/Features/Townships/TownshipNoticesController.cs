using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Security;
using ThreeAssets.Web.Ledgers;

namespace ThreeAssets.Web.Features.Townships;

/// <summary>
/// For township staff (the township's reviewers, its district's inspectors, admins): all current notices of a
/// period as one PDF or a ZIP, to print and post.
/// </summary>
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class TownshipNoticesController(NoticeDownloads downloads) : Controller
{
    [HttpGet("townships/{code}/notices")]
    public async Task<IActionResult> Index(string code, CancellationToken cancellationToken)
    {
        if (!MayPrint(code)) return Forbid();
        return await downloads.PeriodsAsync(code, cancellationToken) is { } page ? View("Notices", page) : NotFound();
    }

    [HttpGet("townships/{code}/notices/{period}.pdf")]
    public Task<IActionResult> Merged(string code, string period, CancellationToken cancellationToken) =>
        BatchAsync(code, period, zip: false, cancellationToken);

    [HttpGet("townships/{code}/notices/{period}.zip")]
    public Task<IActionResult> Zipped(string code, string period, CancellationToken cancellationToken) =>
        BatchAsync(code, period, zip: true, cancellationToken);

    private async Task<IActionResult> BatchAsync(string code, string period, bool zip, CancellationToken cancellationToken)
    {
        if (!MayPrint(code)) return Forbid();
        if (!Period.TryParse(period, out var parsed)) return NotFound();
        var batch = await downloads.BatchAsync(code, parsed, zip, cancellationToken);
        return batch is null ? NotFound() : File(batch.Content, batch.ContentType, batch.FileName);
    }

    // Printing for a notice board is the township's job: its reviewers, and inspectors and admins above it.
    private bool MayPrint(string townshipCode) =>
        User.Role() is PortalRole.Reviewer or PortalRole.Inspector or PortalRole.Admin && ScopeAccess.CanActOn(User, townshipCode);
}
