using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ThreeAssets.Web.Hosting;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Features.Home;

/// <summary>The way in for residents: the district tree and search on the home page.</summary>
public sealed class HomeController(PublicDirectory directory) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PublicCaching.Policy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new HomePage(null, [], await directory.TreeAsync(cancellationToken)));

    [HttpGet("/search")]
    [OutputCache(PolicyName = PublicCaching.Policy)]
    public async Task<IActionResult> Search(string? q, CancellationToken cancellationToken)
    {
        var found = await directory.SearchAsync(q, cancellationToken);
        // One match: go straight to the village, the way a resident expects a search for their own village to end.
        if (found.Count == 1) return Redirect($"/villages/{found[0].Code}");
        return View("Index", new HomePage(q ?? "", found, found.Count == 0 ? await directory.TreeAsync(cancellationToken) : []));
    }
}

/// <summary>The home page: the search box, its results (when searched) and the tree.</summary>
public sealed record HomePage(string? Query, IReadOnlyList<VillageLink> Results, IReadOnlyList<DistrictTree> Tree);
