using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Security;

/// <summary>
/// The one answer to "may this user act on that village / township" (DESIGN §8). Admins act everywhere;
/// everyone else only inside their scope codes (an accountant's villages, a reviewer's township, an
/// inspector's district). What they may do there is the role's business, checked by the role policies.
/// </summary>
public sealed class ScopeAccess(PortalDbContext db)
{
    public static bool CanActOn(ClaimsPrincipal user, string orgCode)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (user.Role() == PortalRole.Admin) return true;
        return user.Scopes().Any(scope => OrgCodes.IsWithin(orgCode, scope));
    }

    /// <summary>For controllers that receive a village id: looks up its code, false when there is no such village.</summary>
    public async Task<bool> CanActOnVillageAsync(ClaimsPrincipal user, int villageId, CancellationToken cancellationToken = default)
    {
        var code = await db.Villages.AsNoTracking().Where(v => v.Id == villageId).Select(v => v.Code)
            .SingleOrDefaultAsync(cancellationToken);
        return code is not null && CanActOn(user, code);
    }

    /// <summary>The villages a user may see, as a query to filter lists in SQL.</summary>
    public IQueryable<Village> VisibleVillages(ClaimsPrincipal user)
    {
        var villages = db.Villages.AsNoTracking();
        if (user.Role() == PortalRole.Admin) return villages;
        var scopes = user.Scopes().ToList();
        // Org codes hold only digits and '-', so they are safe inside a LIKE pattern.
        var patterns = scopes.Select(s => s + "-%").ToList();
        return villages.Where(v => scopes.Contains(v.Code) || patterns.Any(p => EF.Functions.Like(v.Code, p)));
    }
}
