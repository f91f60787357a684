using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ThreeAssets.Web.Ledgers;

namespace ThreeAssets.Web.Features.Publications;

/// <summary>A publication's PDF notice, for everyone.</summary>
public sealed class NoticeController(NoticeDownloads downloads) : Controller
{
    // A notice never changes once published, so phones and proxies may keep it for a year.
    private const string Immutable = "public,max-age=31536000,immutable";

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
}
