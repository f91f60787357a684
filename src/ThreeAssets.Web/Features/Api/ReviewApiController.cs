using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ThreeAssets.Web.Features.Submissions;
using ThreeAssets.Web.Ledgers;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Security;
using ThreeAssets.Web.Features.Review;

namespace ThreeAssets.Web.Features.Api;

/// <summary>
/// Staff API for the reviewer's decisions (DESIGN §10): approve (publishes) and reject with a reason.
/// Same rules as the review page: only reviewers, only inside their township, never their own upload.
/// Refusals are ProblemDetails with the Chinese message in <c>detail</c> and the English one in <c>detailEn</c>.
/// </summary>
[ApiController]
[Authorize(Policy = PortalPolicies.Reviewer)]
[IgnoreAntiforgeryToken] // /api authenticates by bearer token only, never by cookie.
[Route("api/v1/submissions")]
public sealed class ReviewApiController(ReviewDesk desk, Publisher publisher, SubmissionWorkflow workflow) : ControllerBase
{
    [HttpPost("{id:long}/approve")]
    public async Task<ActionResult<ApprovalResult>> Approve(long id,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ReviewDecision? body, CancellationToken cancellationToken)
    {
        var (_, submission) = await desk.FindAsync(User, id, cancellationToken);
        if (submission is null) return NotFoundProblem();
        var outcome = await publisher.ApproveAsync(id, await desk.UserAsync(User, cancellationToken), body?.Reason, cancellationToken: cancellationToken);
        if (outcome.Publication is not { } publication)
            return Refused(outcome.Kind, outcome.Problem!, outcome.ProblemEn!);
        return Created($"/api/v1/publications/{publication.Id}", new ApprovalResult(publication.Id, publication.Version, publication.Fingerprint));
    }

    [HttpPost("{id:long}/reject")]
    public async Task<ActionResult<RejectionResult>> Reject(long id,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ReviewDecision? body, CancellationToken cancellationToken)
    {
        var (_, submission) = await desk.FindAsync(User, id, cancellationToken);
        if (submission is null) return NotFoundProblem();
        var problem = await workflow.RejectAsync(submission, await desk.UserAsync(User, cancellationToken), body?.Reason, cancellationToken);
        if (problem is not null) return Refused(problem.Kind, problem.Message, problem.MessageEn);
        return new RejectionResult(submission.Id, submission.Status.ToString(), submission.RejectReason!);
    }

    // Another township's ledger reads as missing, as in GET /api/v1/submissions/{id}: its id tells an outsider nothing.
    private ObjectResult NotFoundProblem() =>
        Refused(StatusCodes.Status404NotFound, "找不到这份台账，或者它不属于您负责的乡镇。", "Submission not found, or outside your township.");

    private ObjectResult Refused(ProblemKind kind, string detail, string detailEn) => Refused(kind switch
    {
        ProblemKind.InvalidInput => StatusCodes.Status400BadRequest,
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    }, detail, detailEn);

    private ObjectResult Refused(int status, string detail, string detailEn)
    {
        var problem = ProblemDetailsFactory.CreateProblemDetails(HttpContext, status, Title(status), detail: detail);
        problem.Extensions["detailEn"] = detailEn;
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status404NotFound => "Not found",
        _ => "Conflict",
    };
}

/// <summary>Body of approve (optional; a correction needs the public reason) and reject (the reason is required).</summary>
public sealed record ReviewDecision(string? Reason);

public sealed record ApprovalResult(long PublicationId, int Version, string Fingerprint);

public sealed record RejectionResult(long Id, string Status, string Reason);
