using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace ThreeAssets.Web.Features.Submissions;

/// <summary>
/// Refuses an upload whose declared size is over the limit before anything reads the body — it runs
/// ahead of the antiforgery check, which would otherwise read the whole form first. Kestrel's
/// [RequestSizeLimit] stops bodies that lie about their size or give none.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadSizeGuardAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>After [Authorize] (so strangers still get the login page), before antiforgery (order 1000).</summary>
    public int Order => 500;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (request.ContentLength is not { } length || length <= UploadLimits.MaxRequestBytes) return;
        if (request.Path.StartsWithSegments("/api"))
        {
            var L = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            context.Result = new ObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = L["文件太大"],
                Detail = L["文件超过 20 MB，无法上传。请删除多余的工作表或图片，或按月分开上传。"],
            }) { StatusCode = StatusCodes.Status413PayloadTooLarge };
        }
        else
        {
            // The form comes back with the message; a plain form post cannot be shown again without reading it.
            context.Result = new RedirectResult("/submissions/upload?refused=too-large") { };
        }
    }
}
