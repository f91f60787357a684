using Microsoft.EntityFrameworkCore.Diagnostics;
using ThreeAssets.Data;
using ThreeAssets.Web.Demo;

namespace ThreeAssets.Web.Hosting;

/// <summary>
/// The database at start-up: migrate (unless <c>Database:MigrateOnStartup=false</c>), then reference and demo
/// data. An unreachable database does not stop the process: see <see cref="DatabaseAvailability"/>.
/// </summary>
internal static class DatabaseSetup
{
    public static WebApplicationBuilder AddPortalDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddPortalDatabase(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddPortalSeeding(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton<DatabaseAvailability>();
        if (DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath).Provider == DatabaseProvider.Sqlite)
            builder.Services.AddSingleton<IInterceptor, SqliteFileGuard>();
        return builder;
    }

    /// <summary>Prepares the database now; on failure logs it and leaves the retries to <see cref="DatabaseAvailability"/>.</summary>
    public static async Task PreparePortalDatabaseAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<DatabaseAvailability>().TryPrepareAsync(throttle: false);

    /// <summary>
    /// While the database is unavailable, pages and the API answer 503 (the error page says so in Chinese and
    /// English; the API gets ProblemDetails) instead of failing one by one with 500s. /healthz and the error
    /// page itself pass; static files come earlier in the pipeline.
    /// </summary>
    public static WebApplication UsePortalDatabaseGate(this WebApplication app)
    {
        var availability = app.Services.GetRequiredService<DatabaseAvailability>();
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (!path.StartsWithSegments("/healthz") && !path.StartsWithSegments("/error")
                && !await availability.TryPrepareAsync(throttle: true, context.RequestAborted))
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "30";
                return;
            }
            try
            {
                await next(context);
            }
            catch (DatabaseUnavailableException) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "30";
            }
        });
        return app;
    }
}
