namespace ThreeAssets.Web.Hosting;

/// <summary>
/// API callers get ProblemDetails (RFC 9457); browsers get a plain error page. Both come from
/// <c>Features/Errors</c>, which looks at the original path. No stack traces outside Development.
/// </summary>
internal static class ErrorHandling
{
    public static WebApplicationBuilder AddPortalErrorHandling(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication UsePortalErrorHandling(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                // A body over its limit, or a malformed request, is the client's error (413, 400), not ours.
                StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }
}
