using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

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
        503 => "数据库暂时无法连接，请稍后再试",
        _ => "服务器暂时出错，请稍后再试",
    };

    public static string English(int status) => status switch
    {
        400 => "Bad request",
        401 => "Authentication required",
        403 => "Forbidden",
        404 => "Not found",
        429 => "Too many requests; please try again later",
        503 => "The database is temporarily unavailable; please try again later",
        _ => "Server error",
    };
}
