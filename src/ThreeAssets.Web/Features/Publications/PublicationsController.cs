using ThreeAssets.Core.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using ThreeAssets.Core.Exports;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Hosting;
using ThreeAssets.Web.Ledgers;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Publications;

/// <summary>A publication for residents: the table, versions, the difference, and downloads (CSV, XLSX).</summary>
public sealed class PublicationsController(PublicationPages pages, PublicationIntegrity integrity, PortalDbContext db) : Controller
{
    private static readonly TimeSpan PageAge = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan FileAge = TimeSpan.FromHours(1);

    [HttpGet("/publications/{id:long}")]
    [OutputCache(PolicyName = PublicCaching.Policy)]
    public async Task<IActionResult> Show(long id, [FromQuery] PublicationQuery query, CancellationToken cancellationToken)
    {
        if (await pages.HeadAsync(id, cancellationToken) is not var (header, supersededBy)) return NotFound();
        // Checked before the page is rendered and cached, so the verdict is part of what the output cache and the
        // browser keep; once either expires, a row edited in the database is flagged (PublicationIntegrity).
        var intact = await integrity.IsIntactAsync(id, cancellationToken);
        // The page changes only when a correction supersedes it or its data turns out tampered: both are in the tag.
        if (PublicCaching.NotModified(HttpContext, $"p{id}-{header.Fingerprint}-{supersededBy}{(intact ? "" : "-tampered")}", PageAge))
            return StatusCode(304);
        var page = await pages.GetAsync(header, supersededBy, query, User, cancellationToken);
        page.Tampered = !intact;
        return View(page);
    }

    [HttpGet("/publications/{id:long}/diff")]
    [OutputCache(PolicyName = PublicCaching.Policy)]
    public async Task<IActionResult> Diff(long id, CancellationToken cancellationToken)
    {
        var diff = await pages.GetDiffAsync(id, User, cancellationToken);
        if (diff is null) return NotFound();
        if (PublicCaching.NotModified(HttpContext, $"d{id}-{diff.Header.Fingerprint}", FileAge)) return StatusCode(304);
        return View(diff);
    }

    [HttpGet("/publications/{id:long}/rows.csv")]
    public Task Csv(long id, CancellationToken cancellationToken) =>
        DownloadAsync(id, "csv", "text/csv; charset=utf-8", (header, rows) =>
            CsvExport.WriteAsync(Response.Body, header.Kind, rows, cancellationToken), cancellationToken);

    [HttpGet("/publications/{id:long}/rows.xlsx")]
    public Task Xlsx(long id, CancellationToken cancellationToken) =>
        DownloadAsync(id, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", async (header, rows) =>
        {
            // The zip inside an XLSX writes its small entry trailers synchronously when the stream cannot seek;
            // the rows themselves go out asynchronously, one at a time from the database.
            HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
            await LedgerWorkbookWriter.WriteAsync(Response.Body, header.Kind, Title(header), rows, header.Summary, cancellationToken);
        }, cancellationToken);

    /// <summary>Streams a download straight from the database to the response: never buffered whole, never cut short.</summary>
    private async Task DownloadAsync(long id, string extension, string contentType,
        Func<PublishedLedger, IAsyncEnumerable<ILedgerRow>, Task> write, CancellationToken cancellationToken)
    {
        if (await pages.HeadAsync(id, cancellationToken) is not var (header, _))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var intact = await integrity.IsIntactAsync(id, cancellationToken);
        if (PublicCaching.NotModified(HttpContext, $"{extension}{id}-{header.Fingerprint}{(intact ? "" : "-tampered")}", FileAge))
        {
            Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        Response.ContentType = contentType;
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"publication-{id}.{extension}",
            FileNameStar = $"{Title(header)}-v{header.Version}.{extension}",
        }.ToString();
        // Downloads are public surfaces too: staff with scope get the originals only on the HTML page.
        var rows = db.StreamRowsAsync(id, header.Kind, cancellationToken).Select(PublicRows.Mask);
        await write(header, rows);
    }

    private static string Title(PublishedLedger h) => $"{h.VillageName}{h.ParsedPeriod.ToChinese()}{LedgerSchema.For(h.Kind).Title}";
}
