using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Web.Features.Api;

namespace ThreeAssets.Web.Features.Developers;

/// <summary>The browsable description of the open-data API: endpoints, examples, curl commands, the OpenAPI link.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class DevelopersController(OpenDataQueries queries) : Controller
{
    [HttpGet("/developers")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var (villageCode, publicationId) = await queries.ExampleAsync(cancellationToken);
        var origin = $"{Request.Scheme}://{Request.Host}";
        return View(new DevelopersPage(origin, villageCode, publicationId));
    }

    // People type /api into the address bar; send them to the page that explains it.
    [HttpGet("/api")]
    public IActionResult Api() => RedirectPermanent("/developers");
}

public sealed record DevelopersPage(string Origin, string VillageCode, long PublicationId);
