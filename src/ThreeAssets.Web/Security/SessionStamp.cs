using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Security;

/// <summary>
/// Ends sessions on the server. Signing out, locking a user or changing their scope rotates the user's security
/// stamp; every signed-in request compares its cookie's stamp with the stored one (one indexed read of one
/// column), so a copied or stolen cookie stops working at once. Identity's own validator, which rebuilds the
/// principal and re-issues the cookie, still runs every few minutes to refresh roles and scopes: running it on
/// every request doubled the time of a staff page.
/// </summary>
internal static class SessionStamp
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        var current = int.TryParse(context.Principal?.FindFirstValue(claims.UserIdClaimType), out var userId)
            ? await services.GetRequiredService<PortalDbContext>().Users.AsNoTracking()
                .Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(context.HttpContext.RequestAborted)
            : null;
        if (stamp is null || current != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
