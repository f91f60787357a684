using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ThreeAssets.Web.Features.Questions;

/// <summary>Residents, no login: ask about a publication or a row, follow by tracking code, reopen once.</summary>
public sealed class QuestionsController(QuestionDesk desk) : Controller
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

    [HttpGet("track")]
    public IActionResult Find(string? code) =>
        string.IsNullOrWhiteSpace(code) ? View("Find", (object?)null)
        : TrackingCodes.Normalize(code) is { } normal ? RedirectToAction(nameof(Track), new { code = TrackingCodes.Format(normal) })
        : View("Find", (object)code);

    [HttpGet("track/{code}")]
    public async Task<IActionResult> Track(string code)
    {
        var view = await desk.TrackAsync(code);
        if (view is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Find", (object)code);
        }
        Response.Headers.CacheControl = "no-store";
        return View(view);
    }

    [HttpPost("track/{code}/reopen")]
    public async Task<IActionResult> Reopen(string code, string? why) => await desk.ReopenAsync(code, why) switch
    {
        QuestionChange.NotFound => NotFound(),
        QuestionChange.Done => RedirectToAction(nameof(Track), new { code, reopened = true }),
        _ => RedirectToAction(nameof(Track), new { code, refused = true }),
    };

    [HttpGet("publications/{id:long}/questions")]
    public async Task<IActionResult> ForPublication(long id) =>
        await desk.TargetAsync(id, null) is { } target ? View("Publication", target) : NotFound();

    [HttpGet("villages/{code}/questions")]
    public async Task<IActionResult> Village(string code) =>
        await desk.VillageStatsAsync(code) is { } stats ? View(stats) : NotFound();
}
