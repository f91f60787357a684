using Microsoft.AspNetCore.Mvc;

namespace ThreeAssets.Web.Features.Questions;

/// <summary>
/// The public record of answered questions under a publication:
/// <c>@await Component.InvokeAsync("PublicationQuestions", new { publicationId = Model.Id })</c>.
/// </summary>
public sealed class PublicationQuestionsViewComponent(QuestionDesk desk) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long publicationId) =>
        View("~/Features/Questions/PublicationQuestions.cshtml", await desk.PublicListAsync(publicationId));
}
