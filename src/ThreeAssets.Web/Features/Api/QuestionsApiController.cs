using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ThreeAssets.Data;
using ThreeAssets.Web.Questions;

namespace ThreeAssets.Web.Features.Api;

/// <summary>
/// DESIGN §10: <c>POST /api/v1/questions</c> and <c>GET /api/v1/questions/{trackingCode}</c>. Anonymous
/// (residents and apps acting for them); the same rules, limits and honeypot-free validation as the form.
/// </summary>
[ApiController]
[IgnoreAntiforgeryToken] // /api never authenticates by cookie, so there is nothing to forge.
[Route("api/v1/questions")]
public sealed class QuestionsApiController(QuestionDesk desk) : ControllerBase
{
    // A question is at most a few thousand characters; anything bigger is refused before it is read.
    private const long MaxBodyBytes = 64 * 1024;

    [HttpPost("")]
    [EnableRateLimiting(QuestionSetup.AskPolicy)]
    [RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> Ask(NewQuestion body)
    {
        if (await desk.TargetAsync(body.PublicationId, body.Row) is not { } target)
            return Problem(statusCode: 404, title: "Not found",
                detail: body.Row is null ? "没有找到这条公开内容，请检查编号。" : $"这条公开内容没有第 {body.Row} 行，请检查行号。");
        var result = await desk.AskAsync(target, new AskForm { Row = body.Row, Text = body.Text, Name = body.Name, Phone = body.Phone });
        if (!result.Succeeded)
            return Problem(statusCode: 400, title: "Invalid question", detail: string.Join(" ", result.Errors.Select(e => e.Message)));
        return StatusCode(StatusCodes.Status201Created, new { trackingCode = TrackingCodes.Format(result.TrackingCode!) });
    }

    [HttpGet("{trackingCode}")]
    public async Task<IActionResult> Track(string trackingCode)
    {
        if (await desk.TrackAsync(trackingCode) is not { } q)
            return Problem(statusCode: 404, title: "Not found", detail: "没有找到这个查询码，请核对后再试（查询码共 8 位，例如 ABCD-EFGH）。");
        return Ok(new QuestionStatusView(TrackingCodes.Format(q.TrackingCode), Status(q.Status), q.Target.PublicationId, q.Target.Row,
            q.Text, q.ReceivedAt, q.AnsweredAt, q.AnsweredBy, q.Answer, q.Reopened, q.ReopenedAt, q.EscalatedAt, q.ClosedAt));
    }

    private static string Status(QuestionStatus status) => status switch
    {
        QuestionStatus.Received => "received",
        QuestionStatus.Answered => "answered",
        _ => "closed",
    };
}

public sealed record NewQuestion(long PublicationId, int? Row, string? Text, string? Name, string? Phone);

/// <summary>The public view of a question by tracking code: never the asker's name or phone.</summary>
public sealed record QuestionStatusView(string TrackingCode, string Status, long PublicationId, int? Row, string Question,
    DateTimeOffset ReceivedAt, DateTimeOffset? AnsweredAt, string? AnsweredBy, string? Answer, bool Reopened,
    DateTimeOffset? ReopenedAt, DateTimeOffset? EscalatedAt, DateTimeOffset? ClosedAt);
