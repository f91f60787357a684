using ThreeAssets.Web.Features.Admin.OrgUnits;
using ThreeAssets.Web.Features.Admin.Tokens;
using ThreeAssets.Web.Features.Admin.Users;
using ThreeAssets.Web.Features.Audit;

namespace ThreeAssets.Web.Features;

/// <summary>The one service class each feature needs, registered in one place.</summary>
internal static class FeatureServices
{
    public static WebApplicationBuilder AddPortalFeatures(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<OrgUnitEditor>();
        builder.Services.AddScoped<UserAdministration>();
        builder.Services.AddScoped<TokenAdministration>();
        return builder;
    }
}
