using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Web.Questions;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Questions;

/// <summary>
/// Staff: the inbox of their villages' questions, one question with the asker's contact details, answering and
/// closing. Every id is checked against the user's scope (404 outside).
/// </summary>
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class QuestionsController(QuestionDesk desk) : Controller
{
    [HttpGet("questions/inbox")]
    public async Task<IActionResult> Index() => View("Inbox", await desk.InboxAsync(User, forInspectors: false));

    [HttpGet("questions/{id:long}")]
    public async Task<IActionResult> Show(long id) =>
        await desk.StaffQuestionAsync(User, id) is { } q ? View("Question", (q, new AnswerForm())) : NotFound();

    [HttpPost("questions/{id:long}/answer")]
    public async Task<IActionResult> Answer(long id, AnswerForm form)
    {
        var result = await desk.AnswerAsync(User, id, form);
        if (result == QuestionChange.NotFound) return NotFound();
        if (result == QuestionChange.Invalid && await desk.StaffQuestionAsync(User, id) is { } q)
        {
            ModelState.AddModelError(nameof(AnswerForm.Answer), string.IsNullOrWhiteSpace(form.Answer)
                ? "请写下答复内容。" : $"答复最多 {QuestionDesk.MaxAnswerLength:N0} 字，请删减后再提交。");
            return View("Question", (q, form));
        }
        return RedirectToAction(nameof(Show), new { id, done = result == QuestionChange.Done ? "answered" : "refused" });
    }

    [HttpPost("questions/{id:long}/close")]
    public async Task<IActionResult> Close(long id) => await desk.CloseAsync(User, id) switch
    {
        QuestionChange.NotFound => NotFound(),
        var result => RedirectToAction(nameof(Show), new { id, done = result == QuestionChange.Done ? "closed" : "refused" }),
    };
}
