using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Validation;
using ThreeAssets.Data;
using ThreeAssets.Web.Security;
using ThreeAssets.Web.Features.Submissions;
using ThreeAssets.Web.Ledgers;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Hosting;

namespace ThreeAssets.Web.Features.Api;

/// <summary>
/// Staff API for accounting software (DESIGN §10): upload, read and submit a submission with a bearer
/// token, under the same rules as the pages. Problems are ProblemDetails with a Chinese title and detail.
/// </summary>
[ApiController]
[Authorize(Policy = PortalPolicies.Staff)]
[IgnoreAntiforgeryToken] // /api authenticates by bearer token only, never by cookie.
[Route("api/v1/submissions")]
public sealed class SubmissionsApiController(SubmissionDesk desk, IStringLocalizer<SharedResource> L) : ControllerBase
{
    [Authorize(Policy = PortalPolicies.Accountant)]
    [HttpPost("")]
    [UploadSizeGuard]
    [RequestSizeLimit(UploadLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
    public async Task<IActionResult> Upload([FromForm] string? village, [FromForm] string? kind, [FromForm] string? period, IFormFile? file)
    {
        LedgerKind? parsedKind = EnumNames.TryParse<LedgerKind>(kind, out var k) ? k : null;
        var outcome = await desk.UploadAsync(User, new UploadForm { Village = village, Kind = parsedKind, Period = period, File = file });
        if (outcome.Import is not { } import)
        {
            var refusals = outcome.Refusals.Select(r => r.Refusal).ToList();
            var forbidden = refusals.Contains(UploadRefusal.NotYourVillage);
            return Problem(
                statusCode: forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest,
                title: forbidden ? L["无权操作"] : L["上传的内容不完整或不对"],
                detail: string.Join(" ", refusals.Select(r => UploadMessages.For(L, r))));
        }
        var body = Json(import.Submission, import.Duplicate);
        return import.Duplicate ? Ok(body) : Created($"/api/v1/submissions/{import.Submission.Id}", body);
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Get(long id) =>
        await desk.FindAsync(User, id) is { } submission ? Ok(Json(submission, duplicate: false)) : NotFoundProblem();

    [Authorize(Policy = PortalPolicies.Accountant)]
    [HttpPost("{id:long}/submit")]
    public async Task<IActionResult> Submit(long id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] SubmitRequest? request = null)
    {
        if (await desk.FindAsync(User, id) is not { } submission) return NotFoundProblem();
        // A ledger no longer waiting to be submitted is a conflict of state; errors or a missing note are bad input.
        var status = submission.Status == SubmissionStatus.Uploaded ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        if (await desk.SubmitAsync(User, submission, request?.Note) is { } problem)
            return Problem(statusCode: status, title: L["不能提交"], detail: problem.Message);
        return Ok(Json(submission, duplicate: false));
    }

    private ObjectResult NotFoundProblem() =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: L["找不到"], detail: L["没有这份上传，或者您的账号不能查看它。"]);

    private static SubmissionJson Json(Submission s, bool duplicate) => new(s.Id, s.Status.ToString(), s.RowCount, s.ErrorCount,
        s.WarningCount, StoredReport.Deserialize(s.ReportJson).Findings.Select(IssueJson.Of).ToList(), duplicate,
        s.Kind.ToString().ToLowerInvariant(), s.Period, s.FileName, s.Sha256, s.UploadedAt, s.SubmittedAt, s.RejectReason, s.PublicationId);
}

public sealed record SubmitRequest(string? Note);

/// <summary>DESIGN §10: {id, status, rows, errors, warnings, issues[]}, plus what a client needs to follow the submission.</summary>
public sealed record SubmissionJson(long Id, string Status, int Rows, int Errors, int Warnings, IReadOnlyList<IssueJson> Issues,
    bool Duplicate, string Kind, string Period, string FileName, string Sha256, DateTimeOffset UploadedAt,
    DateTimeOffset? SubmittedAt, string? RejectReason, long? PublicationId);

/// <summary>One finding in the same shape as the CLI's <c>validate --json</c>.</summary>
public sealed record IssueJson(string Code, string Severity, string Sheet, int Row, string? Column, string? Cell, string? Value,
    string? Expected, string Message)
{
    public static IssueJson Of(Finding f) => new(f.Code, f.Severity == Core.Validation.Severity.Error ? "error" : "warning",
        f.Sheet, f.Row, f.Column, f.Cell, f.Value, f.Expected, f.Message);
}
