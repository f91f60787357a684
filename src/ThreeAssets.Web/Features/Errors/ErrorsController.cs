using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Web.Features.Account;

namespace ThreeAssets.Web.Features.Errors;

/// <summary>
/// Where failures end up (re-executed by the status-code and exception middleware): ProblemDetails
/// when the original request was for /api, otherwise a short page without technical details.
/// Accepts every method and skips antiforgery because the failed request may have been a POST.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    [Route("error/{status:int?}")]
    public IActionResult Index(int? status)
    {
        var code = status is >= 400 and < 600 ? status.Value : StatusCodes.Status500InternalServerError;
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "";
        if (originalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
            return Problem(statusCode: code, title: ErrorText.English(code));
        Response.StatusCode = code;
        // Refused sign-ins say what the limit is and when to try again (the Retry-After the limiter set).
        if (code == StatusCodes.Status429TooManyRequests && originalPath.StartsWith("/account/login", StringComparison.OrdinalIgnoreCase))
            ViewData["SignInLimit"] = (HttpContext.RequestServices.GetRequiredService<SignInLimits>().AttemptsPerMinute,
                Response.Headers.RetryAfter.ToString() is { Length: > 0 } seconds ? seconds : "60");
        return View("Error", code);
    }
}

/// <summary>Titles for error responses, Chinese for pages and English for API clients.</summary>
public static class ErrorText
{
    public static string Chinese(int status) => status switch
    {
        400 => "请求有误",
        401 => "请先登录",
        403 => "无权访问",
        404 => "页面不存在",
        429 => "提交太频繁，请稍后再试",
        _ => "服务器暂时出错，请稍后再试",
    };

    public static string English(int status) => status switch
    {
        400 => "Bad request",
        401 => "Authentication required",
        403 => "Forbidden",
        404 => "Not found",
        429 => "Too many requests; please try again later",
        _ => "Server error",
    };
}
