using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ThreeAssets.Data;

/// <summary>Identity stores and account rules, shared by the web app and the CLI so that both accept the same passwords.</summary>
public static class PortalIdentity
{
    public const int MaxFailedAccessAttempts = 5;

    public static IdentityBuilder AddPortalIdentityCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<UserProvisioning>();
        return services.AddIdentityCore<PortalUser>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 8;
                // Village staff type on phones; length matters more than symbol classes.
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>();
    }
}
