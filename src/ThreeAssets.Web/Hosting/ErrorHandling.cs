namespace ThreeAssets.Web.Hosting;

/// <summary>
/// API callers get ProblemDetails (RFC 9457); browsers get a plain error page. Both come from
/// <c>Features/Errors</c>, which looks at the original path. No stack traces outside Development.
/// </summary>
internal static class ErrorHandling
{
    public static WebApplicationBuilder AddPortalErrorHandling(this WebApplicationBuilder builder)
    {
        // MVC's own 413/415 answers (an [ApiController] refusing a content type) say what to send instead.
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            if (c.ProblemDetails.Status is not ({ } status and (StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType))) return;
            c.ProblemDetails.Title = Features.Errors.ErrorText.English(status);
            c.ProblemDetails.Detail ??= Features.Errors.ErrorText.Detail(status);
        });
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
                // InvalidDataException: a multipart body over its form limit or malformed, as Kestrel or the form reader found it.
                StatusCodeSelector = e => e switch
                {
                    BadHttpRequestException bad => bad.StatusCode,
                    InvalidDataException => StatusCodes.Status400BadRequest,
                    _ => StatusCodes.Status500InternalServerError,
                },
            });
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }
}
