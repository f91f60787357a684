using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ThreeAssets.Core;
using ThreeAssets.Core.Validation;
using ThreeAssets.Web.Security;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Features.Submissions;

/// <summary>
/// The accountant's pages: upload (a plain multipart form; upload.js adds drag and drop and progress),
/// the validation report, downloads of the annotated and original files, submit, and history.
/// </summary>
[Authorize(Policy = PortalPolicies.Staff)]
[Route("submissions")]
public sealed class SubmissionsController(SubmissionDesk desk, IStringLocalizer<SharedResource> L) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? village) =>
        View(new HistoryPage(village, await desk.VillagesAsync(User), await desk.HistoryAsync(User, village)));

    [Authorize(Policy = PortalPolicies.Accountant)]
    [HttpGet("upload")]
    public async Task<IActionResult> Upload(UploadForm form, string? refused)
    {
        ModelState.Clear(); // a prefilled link is not a failed post
        if (refused == "too-large") ModelState.AddModelError(nameof(UploadForm.File), UploadMessages.For(L, UploadRefusal.TooLarge));
        return View(await desk.UploadPageAsync(User, form));
    }

    [Authorize(Policy = PortalPolicies.Accountant)]
    [HttpPost("upload")]
    [UploadSizeGuard]
    [RequestSizeLimit(UploadLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
    public async Task<IActionResult> Upload(UploadForm form)
    {
        ModelState.Clear(); // every check is the desk's, with its own message
        var outcome = await desk.UploadAsync(User, form);
        if (outcome.Import is { } import)
            return Redirect($"/submissions/{import.Submission.Id}" + (import.Duplicate ? "?duplicate=true" : ""));
        foreach (var (field, refusal) in outcome.Refusals)
            ModelState.AddModelError(field, UploadMessages.For(L, refusal));
        Response.StatusCode = outcome.Refusals.Any(r => r.Refusal == UploadRefusal.NotYourVillage)
            ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        return View(await desk.UploadPageAsync(User, form));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Report(long id, string? show, bool duplicate = false) =>
        await desk.DetailsAsync(User, id) is { } details ? View(new ReportPage(details, Filter(show), duplicate, null)) : NotFound();

    [Authorize(Policy = PortalPolicies.Accountant)]
    [HttpPost("{id:long}/submit")]
    public async Task<IActionResult> Submit(long id, string? note)
    {
        if (await desk.FindAsync(User, id) is not { } submission) return NotFound();
        if (await desk.SubmitAsync(User, submission, note) is not { } problem) return Redirect($"/submissions/{id}");
        ModelState.AddModelError("note", UiLanguage.Pick(problem.Message, problem.MessageEn));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        var details = await desk.DetailsAsync(User, id);
        return View(nameof(Report), new ReportPage(details!, null, false, note));
    }

    [HttpGet("{id:long}/original")]
    public async Task<IActionResult> Original(long id) =>
        await desk.OriginalAsync(User, id) is (var submission, var content)
            ? File(content, ContentTypes.For(submission.FileName), submission.FileName)
            : NotFound();

    [HttpGet("{id:long}/annotated.xlsx")]
    public async Task<IActionResult> Annotated(long id) =>
        await desk.AnnotatedAsync(User, id) is (var name, var content) ? File(content, ContentTypes.Xlsx, name) : NotFound();


    private static Severity? Filter(string? show) => show switch
    {
        "errors" => Severity.Error,
        "warnings" => Severity.Warning,
        _ => null,
    };
}
