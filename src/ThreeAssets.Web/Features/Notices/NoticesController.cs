using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Notices;

/// <summary>
/// PDF notices: each publication's notice for everyone, and for township staff (the township's reviewers,
/// its district's inspectors, admins) all current notices of a period as one PDF or a ZIP, to print and post.
/// </summary>
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class NoticesController(NoticeDownloads downloads) : Controller
{
    // A notice never changes once published, so phones and proxies may keep it for a year.
    private const string Immutable = "public,max-age=31536000,immutable";

    [AllowAnonymous]
    [HttpGet("publications/{id:long}/notice.pdf")]
    public async Task<IActionResult> Notice(long id, CancellationToken cancellationToken)
    {
        if (await downloads.FindAsync(id, cancellationToken) is not { } notice) return NotFound();
        var etag = new EntityTagHeaderValue($"\"{notice.Sha256}\"");
        Response.Headers.CacheControl = Immutable;
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline")
        {
            FileName = $"notice-{id}.pdf", // for clients that cannot read the UTF-8 name
            FileNameStar = notice.FileName,
        }.ToString();
        // Answered before the bytes are read from the database: a phone opening the notice again costs nothing.
        if (Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false)))
        {
            Response.Headers.ETag = etag.ToString();
            return StatusCode(StatusCodes.Status304NotModified);
        }
        return File(await downloads.PdfAsync(id, cancellationToken), "application/pdf", lastModified: null, entityTag: etag);
    }

    [HttpGet("townships/{code}/notices")]
    public async Task<IActionResult> Index(string code, CancellationToken cancellationToken)
    {
        if (!MayPrint(code)) return Forbid();
        return await downloads.PeriodsAsync(code, cancellationToken) is { } page ? View(page) : NotFound();
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
