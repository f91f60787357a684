using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Hosting;

namespace ThreeAssets.Web.Features.Townships;

/// <summary>A township's page: its villages and how each stands with its disclosures.</summary>
public sealed class TownshipsController(PublicDirectory directory) : Controller
{
    [HttpGet("/townships/{code}")]
    [OutputCache(PolicyName = PublicCaching.Policy)]
    public async Task<IActionResult> Show(string code, CancellationToken cancellationToken) =>
        await directory.TownshipAsync(code, cancellationToken) is { } page ? View(page) : NotFound();
}
