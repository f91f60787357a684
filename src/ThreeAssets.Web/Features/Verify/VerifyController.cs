using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace ThreeAssets.Web.Features.Verify;

/// <summary>
/// /verify: a resident types the fingerprint printed on a notice, or uploads the notice's PDF, and learns
/// whether it matches what was published. No login, no JavaScript needed.
/// </summary>
[Route("verify")]
public sealed class VerifyController(NoticeVerifier verifier, IStringLocalizer<SharedResource> localizer) : Controller
{
    public const string UploadRateLimit = "verify-upload";

    // A little above the limit we state, so that a slightly larger file gets our message, not a bare error.
    private const int BodyLimit = NoticeVerifier.MaxUploadBytes + 1024 * 1024;

    // A GET form: a fingerprint answer is public and can be bookmarked or shared.
    [HttpGet("")]
    public async Task<IActionResult> Index(string? fingerprint, CancellationToken cancellationToken)
    {
        if (fingerprint is null) return View(new VerifyPage());
        var normalized = NoticeVerifier.Normalize(fingerprint);
        if (normalized is null)
        {
            ModelState.AddModelError("fingerprint", string.IsNullOrWhiteSpace(fingerprint)
                ? localizer["请输入公示每页底部印的「公示指纹」。"].Value
                : localizer["公示指纹是 12 位，由数字 0–9 和字母 A–F 组成，例如 3F9A-12C4-88B0。请对照公示再输一次。"].Value);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new VerifyPage(fingerprint));
        }
        return View(new VerifyPage(normalized, await verifier.ByFingerprintAsync(normalized, cancellationToken)));
    }

    [HttpPost("")]
    [EnableRateLimiting(UploadRateLimit)]
    [RequestSizeLimit(BodyLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = BodyLimit)]
    public async Task<IActionResult> Upload(IFormFile? notice, CancellationToken cancellationToken)
    {
        var tooBig = localizer["这个文件超过 10 MB，不像平台生成的公示。请选择从平台下载的公示 PDF，或改为输入公示指纹。"].Value;
        // A body over the form limit arrives as a model-state error instead of a file.
        var problem = !ModelState.IsValid || notice?.Length > NoticeVerifier.MaxUploadBytes ? tooBig
            : notice is null || notice.Length == 0 ? localizer["请先选择公示的 PDF 文件，再点“上传并核验”。"].Value
            : null;
        if (problem is not null)
        {
            ModelState.Clear();
            ModelState.AddModelError("notice", problem);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), new VerifyPage());
        }
        using var buffer = new MemoryStream((int)notice!.Length);
        await notice.CopyToAsync(buffer, cancellationToken);
        var result = await verifier.ByUploadAsync(buffer.ToArray(), cancellationToken);
        if (result.Refusal != Documents.Notices.PdfRefusal.None)
        {
            // A file built to hurt the PDF reader (nested 100,000 deep, a 1 GB stream in 1 MB) gets a plain refusal.
            ModelState.AddModelError("notice", localizer["这个文件的结构异常（嵌套过深、解压后过大或读取太久），不是平台生成的公示，没有核验。请上传从平台下载的公示 PDF，或改为输入公示指纹。"].Value);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), new VerifyPage());
        }
        return View(nameof(Index), new VerifyPage(result.Fingerprint, result));
    }
}
