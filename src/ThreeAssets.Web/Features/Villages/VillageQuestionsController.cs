using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Web.Questions;

namespace ThreeAssets.Web.Features.Villages;

/// <summary>A village's record of residents' questions: how many were asked, answered, and in time.</summary>
public sealed class VillageQuestionsController(QuestionDesk desk) : Controller
{
    [HttpGet("villages/{code}/questions")]
    public async Task<IActionResult> Village(string code) =>
        await desk.VillageStatsAsync(code) is { } stats ? View("Questions", stats) : NotFound();
}
