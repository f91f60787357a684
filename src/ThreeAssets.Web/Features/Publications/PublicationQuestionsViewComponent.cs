using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Web.Questions;

namespace ThreeAssets.Web.Features.Publications;

/// <summary>
/// The public record of answered questions under a publication:
/// <c>@await Component.InvokeAsync("PublicationQuestions", new { publicationId = Model.Id })</c>.
/// </summary>
public sealed class PublicationQuestionsViewComponent(QuestionDesk desk) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long publicationId) =>
        View("~/Features/Publications/PublicationQuestions.cshtml", await desk.PublicListAsync(publicationId));
}
