using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Web.Questions;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Inspect;

/// <summary>Inspectors: residents' questions that are overdue or were escalated to the township.</summary>
[Authorize(Policy = PortalPolicies.Inspector)]
public sealed class InspectQuestionsController(QuestionDesk desk) : Controller
{
    [HttpGet("inspect/questions")]
    public async Task<IActionResult> Inspect() => View("~/Features/Questions/Inbox.cshtml", await desk.InboxAsync(User, forInspectors: true));
}
