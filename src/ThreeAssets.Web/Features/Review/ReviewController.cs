using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Core;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Submissions;
using ThreeAssets.Web.Ledgers;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Review;

/// <summary>
/// The township reviewer's screens: the queue of submitted ledgers and one ledger's review page, where
/// approving publishes and rejecting sends it back with a reason. Every id is checked against the
/// reviewer's township; refusals come back as messages on the page, never as errors.
/// </summary>
[Authorize(Policy = PortalPolicies.Reviewer)]
[Route("review")]
public sealed class ReviewController(ReviewDesk desk, Publisher publisher, SubmissionWorkflow workflow) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await desk.QueueAsync(User, cancellationToken));

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id, int page = 1, CancellationToken cancellationToken = default)
    {
        // A missing ledger and another township's read alike (404), so that the reviewer learns nothing about it.
        var (_, submission) = await desk.FindAsync(User, id, cancellationToken);
        if (submission is null) return NotFound();
        return View("Show", await desk.PageAsync(submission, User.UserId() ?? 0, page, cancellationToken));
    }

    [HttpPost("{id:long}/approve")]
    public async Task<IActionResult> Approve(long id, [Bind(Prefix = "Form")] ReviewForm form, CancellationToken cancellationToken)
    {
        var (_, submission) = await desk.FindAsync(User, id, cancellationToken);
        if (submission is null) return NotFound();
        if (!ModelState.IsValid) return await Again(submission, form, StatusCodes.Status400BadRequest, cancellationToken);

        var outcome = await publisher.ApproveAsync(id, await desk.UserAsync(User, cancellationToken), form.CorrectionReason,
            cancellationToken: cancellationToken);
        if (outcome.Published) return Redirect($"/review/{id}?published=1");
        ModelState.AddModelError(outcome.Kind == ProblemKind.InvalidInput ? "Form.CorrectionReason" : "",
            Say(outcome.Problem!, outcome.ProblemEn!));
        return await Again(submission, form, Status(outcome.Kind), cancellationToken);
    }

    [HttpPost("{id:long}/reject")]
    public async Task<IActionResult> Reject(long id, [Bind(Prefix = "Form")] ReviewForm form, CancellationToken cancellationToken)
    {
        var (_, submission) = await desk.FindAsync(User, id, cancellationToken);
        if (submission is null) return NotFound();
        if (!ModelState.IsValid) return await Again(submission, form, StatusCodes.Status400BadRequest, cancellationToken);

        var problem = await workflow.RejectAsync(submission, await desk.UserAsync(User, cancellationToken), form.RejectReason, cancellationToken);
        if (problem is null) return Redirect($"/review/{id}?rejected=1");
        ModelState.AddModelError(problem.Kind == ProblemKind.InvalidInput ? "Form.RejectReason" : "", Say(problem.Message, problem.MessageEn));
        return await Again(submission, form, Status(problem.Kind), cancellationToken);
    }

    // The page again with the reviewer's text kept and the message on top; the ledger is re-read from the database
    // because a refusal may mean that someone else has just handled it.
    private async Task<IActionResult> Again(Submission submission, ReviewForm form, int status, CancellationToken cancellationToken)
    {
        var (_, fresh) = await desk.FindAsync(User, submission.Id, cancellationToken);
        var page = await desk.PageAsync(fresh ?? submission, User.UserId() ?? 0, 1, cancellationToken);
        page.Form = form;
        Response.StatusCode = status;
        return View("Show", page);
    }

    private static int Status(ProblemKind kind) => kind switch
    {
        ProblemKind.InvalidInput => StatusCodes.Status400BadRequest,
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    };

    private static string Say(string chinese, string english) => UiLanguage.Pick(chinese, english);
}
