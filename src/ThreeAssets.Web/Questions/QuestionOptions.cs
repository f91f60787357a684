using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ThreeAssets.Web.Questions;

/// <summary>The <c>Questions</c> configuration section.</summary>
public sealed class QuestionOptions
{
    /// <summary>Days a question may wait for an answer before it goes to the township (DESIGN §7: 10).</summary>
    public int AnswerDays { get; set; } = 10;

    /// <summary>Questions one IP address may send per window: enough for a family, too few for a flood.</summary>
    public int AskLimit { get; set; } = 5;

    public int AskWindowMinutes { get; set; } = 10;
}

/// <summary>Options and the per-IP rate limit on the asking endpoints (the form's POST and the API's).</summary>
internal static class QuestionSetup
{
    public const string AskPolicy = "questions-ask";

    public static WebApplicationBuilder AddQuestions(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Questions").Get<QuestionOptions>() ?? new QuestionOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AskPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress ?? IPAddress.None,
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.AskLimit,
                    Window = TimeSpan.FromMinutes(options.AskWindowMinutes),
                    QueueLimit = 0,
                }));
            // The one rejection handler for every policy (this one and /verify's): Retry-After is what the
            // refusing limiter says is left of its window. API callers get ProblemDetails with a Chinese
            // explanation; browsers get the 429 error page (the status-code pages re-execute /error/429,
            // which says the same in words).
            o.OnRejected = async (context, token) =>
            {
                var http = context.HttpContext;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!http.Request.Path.StartsWithSegments("/api/v1/questions")) return;
                await http.Response.WriteAsJsonAsync(new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many questions",
                    Detail = $"提交太频繁：同一网络 {options.AskWindowMinutes} 分钟内最多提交 {options.AskLimit} 个问题，请稍后再试。",
                }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", token);
            };
        });
        return builder;
    }
}
