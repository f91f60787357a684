using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Admin.Tokens;

/// <summary>Admin: a user's API tokens (list, issue, revoke).</summary>
[Authorize(Policy = PortalPolicies.Admin)]
[Route("admin/users/{userId:int}/tokens")]
public sealed class TokensController(TokenAdministration tokens) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int userId) =>
        await tokens.PageAsync(userId) is { } page ? View(page) : NotFound();

    /// <summary>Renders the page with the new token instead of redirecting: it must never sit in a URL or a cookie.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Issue(int userId, string? name)
    {
        var token = await tokens.IssueAsync(userId, string.IsNullOrWhiteSpace(name) ? "api" : name[..Math.Min(name.Length, 64)]);
        if (token is null) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return View("Index", await tokens.PageAsync(userId, token));
    }

    [HttpPost("{tokenId:int}/revoke")]
    public async Task<IActionResult> Revoke(int userId, int tokenId) =>
        await tokens.RevokeAsync(userId, tokenId) ? RedirectToAction(nameof(Index), new { userId }) : NotFound();
}
