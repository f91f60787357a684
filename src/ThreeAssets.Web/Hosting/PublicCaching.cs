using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Hosting;

/// <summary>
/// Published data never changes, so public pages are cheap to cache: an output cache for anonymous
/// visitors, emptied when public data changes (<see cref="PublicCacheEviction"/>) (varied by query, language and care mode; never for signed-in staff, whose pages may show
/// unmasked data), plus ETags and Cache-Control so that phones revalidate instead of downloading again.
/// </summary>
public static class PublicCaching
{
    public const string Policy = "public";

    public static WebApplicationBuilder AddPortalOutputCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IInterceptor, PublicCacheEviction>();
        builder.Services.AddOutputCache(o => o.AddPolicy(Policy, b => b
            // Changes evict this node's entries at once (PublicCacheEviction); the expiry bounds what
            // another node, which does not see them, may serve.
            .Expire(TimeSpan.FromSeconds(60))
            .Tag(PublicCacheEviction.Tag)
            .SetVaryByQuery("*")
            .VaryByValue(ctx => new KeyValuePair<string, string>("prefs",
                (ctx.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] ?? "") + "|" + (CareMode.IsOn(ctx) ? "care" : "")))));
        return builder;
    }

    /// <summary>
    /// Sets ETag and Cache-Control for a public response; true when the browser's copy is still good (answer 304).
    /// Staff get neither: their view may hold originals and must not sit in shared caches.
    /// </summary>
    public static bool NotModified(HttpContext context, string tag, TimeSpan maxAge)
    {
        var headers = context.Response.Headers;
        if (context.User.Identity?.IsAuthenticated == true)
        {
            headers.CacheControl = "private, no-store";
            return false;
        }
        var etag = new EntityTagHeaderValue("\"" + tag + "|" + Preferences(context) + "\"").ToString();
        // Header values must be ASCII: the tag holds only ids, fingerprints and a hash of the preferences.
        headers.ETag = etag;
        headers.CacheControl = $"public, max-age={(int)maxAge.TotalSeconds}";
        headers.Vary = "Cookie";
        return context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag));
    }

    private static string Preferences(HttpContext context)
    {
        var text = context.Request.QueryString.Value + "|" + context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] + "|" + CareMode.IsOn(context);
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return Convert.ToHexString(hash, 0, 8);
    }
}
