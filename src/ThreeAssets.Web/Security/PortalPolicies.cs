using Microsoft.AspNetCore.Authorization;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Security;

/// <summary>
/// Named policies. Role policies say what a user may do; <see cref="OrgUnit"/> is resource-based and
/// takes the org code being touched: <c>authorization.AuthorizeAsync(User, villageCode, PortalPolicies.OrgUnit)</c>.
/// </summary>
public static class PortalPolicies
{
    public const string Staff = "Staff";
    public const string Admin = "Admin";
    public const string Accountant = "Accountant";
    public const string Reviewer = "Reviewer";
    public const string Inspector = "Inspector";
    public const string OrgUnit = "OrgUnit";
    public const string AuditReader = "AuditReader";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Admin, p => p.RequireRole(nameof(PortalRole.Admin)));
        options.AddPolicy(Accountant, p => p.RequireRole(nameof(PortalRole.Accountant)));
        options.AddPolicy(Reviewer, p => p.RequireRole(nameof(PortalRole.Reviewer)));
        // Admins may read what inspectors read; inspectors never get admin pages.
        options.AddPolicy(Inspector, p => p.RequireRole(nameof(PortalRole.Inspector), nameof(PortalRole.Admin)));
        // The audit-log search; what each role finds there is narrowed by scope in Features/Audit/AuditSearch.
        options.AddPolicy(AuditReader, p => p.RequireRole(nameof(PortalRole.Inspector), nameof(PortalRole.Admin), nameof(PortalRole.Reviewer)));
        options.AddPolicy(OrgUnit, p => p.RequireAuthenticatedUser().AddRequirements(new OrgUnitRequirement()));
    }
}

/// <summary>The user must act inside the scope of the org code passed as the resource.</summary>
public sealed class OrgUnitRequirement : IAuthorizationRequirement;

internal sealed class OrgUnitAuthorizationHandler : AuthorizationHandler<OrgUnitRequirement, string>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OrgUnitRequirement requirement, string orgCode)
    {
        if (ScopeAccess.CanActOn(context.User, orgCode)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
