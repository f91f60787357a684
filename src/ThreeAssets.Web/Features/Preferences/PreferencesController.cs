using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Web.Hosting;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Features.Preferences;

/// <summary>
/// Language and care mode (关怀模式). Plain links rather than forms, so they work without JavaScript;
/// they change only the visitor's own cookie, never data.
/// </summary>
public sealed class PreferencesController : Controller
{
    private static readonly TimeSpan Remember = TimeSpan.FromDays(365);

    [HttpGet("/preferences/culture/{culture}")]
    public IActionResult Culture(string culture, string? returnUrl)
    {
        var chosen = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? LocalizationSetup.English : LocalizationSetup.Chinese;
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            Options());
        return LocalRedirect(SafeReturnUrl(returnUrl));
    }

    [HttpGet("/preferences/care")]
    public IActionResult Care(bool on, string? returnUrl)
    {
        if (on)
            Response.Cookies.Append(CareMode.CookieName, "1", Options());
        else
            Response.Cookies.Delete(CareMode.CookieName);
        return LocalRedirect(SafeReturnUrl(returnUrl));
    }

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    private CookieOptions Options() => new()
    {
        MaxAge = Remember,
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = Request.IsHttps,
    };
}
