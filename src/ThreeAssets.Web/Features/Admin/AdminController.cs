using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Admin;

/// <summary>The administrator's start page: what there is to manage.</summary>
[Authorize(Policy = PortalPolicies.Admin)]
[Route("admin")]
public sealed class AdminController(PortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new AdminSummary(
        await db.Districts.CountAsync(), await db.Townships.CountAsync(), await db.Villages.CountAsync(), await db.Users.CountAsync()));
}

public sealed record AdminSummary(int Districts, int Townships, int Villages, int Users);
