using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ThreeAssets.Web.Features.Verify;

/// <summary>A light per-address limit on notice uploads: reading a PDF costs far more than a fingerprint lookup.</summary>
internal static class VerifySetup
{
    public const int UploadsPerMinute = 10;

    public static IServiceCollection AddVerifyRateLimit(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        // 429 goes through the error page, which tells the resident to wait a minute.
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.AddPolicy(VerifyController.UploadRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = UploadsPerMinute, Window = TimeSpan.FromMinutes(1) }));
    });
}
