using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ThreeAssets.Web.Questions;

namespace ThreeAssets.Web.Features.Publications;

/// <summary>Residents, no login: ask about a publication or one of its rows; the publication's answered questions.</summary>
public sealed class PublicationQuestionsController(QuestionDesk desk) : Controller
{
    [HttpGet("publications/{id:long}/ask")]
    public async Task<IActionResult> Ask(long id, int? row) =>
        await desk.TargetAsync(id, row) is { } target ? View(new AskPage(target, new AskForm { Row = row })) : NotFound();

    [HttpPost("publications/{id:long}/ask")]
    [EnableRateLimiting(QuestionSetup.AskPolicy)]
    public async Task<IActionResult> Ask(long id, AskForm form)
    {
        if (await desk.TargetAsync(id, form.Row) is not { } target) return NotFound();
        var result = await desk.AskAsync(target, form);
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors) ModelState.AddModelError(field, message);
            return View(new AskPage(target, form));
        }
        // Rendered rather than redirected, so the code is shown even if the resident reloads nothing;
        // no-store keeps it out of shared caches.
        Response.Headers.CacheControl = "no-store";
        return View("Asked", result.TrackingCode);
    }

    [HttpGet("publications/{id:long}/questions")]
    public async Task<IActionResult> ForPublication(long id) =>
        await desk.TargetAsync(id, null) is { } target ? View("Questions", target) : NotFound();
}
