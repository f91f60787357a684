using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Web.Questions;

namespace ThreeAssets.Web.Features.Track;

/// <summary>Residents, no login: follow a question by its tracking code, and reopen it once.</summary>
public sealed class TrackController(QuestionDesk desk) : Controller
{
    [HttpGet("track")]
    public IActionResult Find(string? code) =>
        string.IsNullOrWhiteSpace(code) ? View("Find", (object?)null)
        : TrackingCodes.Normalize(code) is { } normal ? RedirectToAction(nameof(Show), new { code = TrackingCodes.Format(normal) })
        : View("Find", (object)code);

    [HttpGet("track/{code}")]
    public async Task<IActionResult> Show(string code)
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
        QuestionChange.Done => RedirectToAction(nameof(Show), new { code, reopened = true }),
        _ => RedirectToAction(nameof(Show), new { code, refused = true }),
    };
}
