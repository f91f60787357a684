using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace ThreeAssets.Web.Hosting;

internal static class LocalizationSetup
{
    public static readonly CultureInfo Chinese = new("zh-CN");
    public static readonly CultureInfo English = new("en");

    public static WebApplicationBuilder AddPortalLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [Chinese, English];
            o.DefaultRequestCulture = new RequestCulture(Chinese);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // ?culture=en wins over the remembered choice; the Accept-Language header is ignored on purpose:
            // the portal is Chinese first, and English is something a visitor asks for.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>
    /// Request localization, and a visitor who arrives with <c>?culture=en</c> stays in English on the next
    /// pages too (the choice is remembered the same way as the visible switch remembers it).
    /// </summary>
    public static WebApplication UsePortalLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use(async (context, next) =>
        {
            if (context.Request.Query.ContainsKey("culture")
                && context.Features.Get<IRequestCultureFeature>()?.Provider is QueryStringRequestCultureProvider)
            {
                var culture = System.Globalization.CultureInfo.CurrentUICulture;
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            }
            await next(context);
        });
        return app;
    }
}
