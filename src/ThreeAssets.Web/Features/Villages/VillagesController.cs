using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ThreeAssets.Web.Hosting;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Features.Villages;

/// <summary>A village's page: latest publications, this year's timeline and the charts.</summary>
public sealed class VillagesController(VillageOverview overview) : Controller
{
    [HttpGet("/villages/{code}")]
    [OutputCache(PolicyName = PublicCaching.Policy)]
    public async Task<IActionResult> Show(string code, CancellationToken cancellationToken) =>
        await overview.GetAsync(code, cancellationToken) is { } page ? View(page) : NotFound();
}
