namespace ThreeAssets.Web.Common;

/// <summary>
/// 关怀模式: larger text and tap targets for elderly readers. Remembered in a cookie and rendered on the
/// server as a class on &lt;html&gt;, so the first paint is already right and no script is needed.
/// </summary>
public static class CareMode
{
    public const string CookieName = "ta.care";

    public static bool IsOn(HttpContext context) => context.Request.Cookies[CookieName] == "1";
}
