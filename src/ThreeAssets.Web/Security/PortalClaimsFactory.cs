using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Security;

/// <summary>
/// Puts role and scope into the cookie and the bearer principal, so that authorization checks need no
/// database round trip. Admin changes to a user rotate the security stamp, which refreshes these.
/// </summary>
internal sealed class PortalClaimsFactory(UserManager<PortalUser> users, IOptions<IdentityOptions> options, PortalDbContext db)
    : UserClaimsPrincipalFactory<PortalUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        var scopes = await db.UserScopes.AsNoTracking().Where(s => s.UserId == user.Id).Select(s => s.OrgCode).ToListAsync();
        foreach (var code in scopes)
            identity.AddClaim(new Claim(PortalClaims.Scope, code));
        return identity;
    }
}
