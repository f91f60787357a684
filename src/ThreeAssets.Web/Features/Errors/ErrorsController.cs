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
    // From the route only: a re-executed POST keeps its form, and a form field named "status" would otherwise win (and read as no status: 500).
    public IActionResult Index([FromRoute] int? status)
    {
        var code = status is >= 400 and < 600 ? status.Value : StatusCodes.Status500InternalServerError;
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "";
        if (originalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
            return Problem(statusCode: code, title: ErrorText.English(code), detail: ErrorText.Detail(code));
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
        413 => "提交的内容太大",
        415 => "提交的内容格式不对",
        429 => "提交太频繁，请稍后再试",
        503 => "数据库暂时无法连接，请稍后再试",
        _ => "服务器暂时出错，请稍后再试",
    };

    /// <summary>What an API client should do about the status, when there is more to say than the title.</summary>
    public static string? Detail(int status) => status switch
    {
        413 => "请求太大：提问和其他 JSON 请求不超过 1 MB，台账文件不超过 20 MB。 The request is too large: JSON requests up to 1 MB, ledger files up to 20 MB.",
        415 => "只接受 application/json（提问、提交、审核）或 multipart/form-data（上传台账）。 Accepted types: application/json (questions, submit, review) or multipart/form-data (ledger uploads).",
        _ => null,
    };

    public static string English(int status) => status switch
    {
        400 => "Bad request",
        401 => "Authentication required",
        403 => "Forbidden",
        404 => "Not found",
        413 => "Request body too large",
        415 => "Unsupported media type",
        429 => "Too many requests; please try again later",
        503 => "The database is temporarily unavailable; please try again later",
        _ => "Server error",
    };
}
