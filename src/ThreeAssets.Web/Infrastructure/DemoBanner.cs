namespace ThreeAssets.Web.Infrastructure;

/// <summary>Every page of a demo installation says so, so that fictional data is never taken for real.</summary>
public static class DemoBanner
{
    public static bool IsShown(HttpContext context) =>
        context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Demo:Enabled", false);
}
