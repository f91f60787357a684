namespace ThreeAssets.Web.Hosting;

/// <summary>
/// Browser protections on every response, error pages, files and the API included. The views carry no inline
/// script, event handler or style attribute (a test holds them to it), so the policy needs no 'unsafe-inline'
/// and no nonces: scripts and styles come only from the portal's own files. Bootstrap's CSS draws a few
/// icons from data: URIs, hence img-src data:. Nothing may frame the portal (clickjacking of staff forms).
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>First in the pipeline; set when the response starts, so that the exception handler's cleared
    /// responses and re-executed error pages carry the headers too.</summary>
    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
