using System.Security.Claims;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Security;

/// <summary>The claims a signed-in staff member carries, and typed reads of them.</summary>
internal static class PortalClaims
{
    /// <summary>One claim per org code the user acts on (villages, a township or a district).</summary>
    public const string Scope = "threeassets:scope";

    public const string DisplayName = "threeassets:display_name";

    public static int? UserId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static PortalRole? Role(this ClaimsPrincipal user) =>
        Enum.TryParse<PortalRole>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static IReadOnlyList<string> Scopes(this ClaimsPrincipal user) =>
        user.FindAll(Scope).Select(c => c.Value).ToList();
}
