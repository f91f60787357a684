using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Security;

/// <summary>Staff sign-in: Identity cookies for pages, API tokens for /api, role and scope policies.</summary>
internal static class PortalIdentitySetup
{
    private const string PortalScheme = "Portal";

    public static WebApplicationBuilder AddPortalIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddPortalIdentityCore()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddDefaultTokenProviders();

        // Pages use the cookie, /api only bearer tokens. Because a cookie never authenticates an API
        // call, the API needs no antiforgery tokens and cannot be driven by a forged cross-site request.
        var auth = services.AddAuthentication(o =>
        {
            o.DefaultScheme = PortalScheme;
            o.DefaultChallengeScheme = PortalScheme;
        });
        auth.AddPolicyScheme(PortalScheme, "Cookie for pages, API token for /api", o => o.ForwardDefaultSelector = context =>
            context.Request.Path.StartsWithSegments("/api")
                ? ApiTokenAuthenticationHandler.SchemeName
                : IdentityConstants.ApplicationScheme);
        auth.AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(
            ApiTokenAuthenticationHandler.SchemeName, null);
        auth.AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "ThreeAssets.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure whenever the request came over https
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // Should the cookie ever be challenged on /api (an endpoint naming the scheme), answer with a
            // status code (turned into ProblemDetails), never a redirect to the login page.
            o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = SessionStamp.ValidateAsync;
        });
        // Every signed-in request checks the security stamp (SessionStamp); roles and scopes are reloaded within minutes.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddAntiforgery(o =>
        {
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SuppressXFrameOptionsHeader = true; // SecurityHeaders sends DENY on every response
        });

        services.AddAuthorization(PortalPolicies.Add);
        services.AddSingleton<IAuthorizationHandler, OrgUnitAuthorizationHandler>();
        services.AddScoped<ScopeAccess>();
        return builder;
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
