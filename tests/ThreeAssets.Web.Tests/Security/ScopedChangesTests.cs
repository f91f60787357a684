using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Tests.Features.Submissions;

namespace ThreeAssets.Web.Tests.Security;

/// <summary>
/// The other half of the matrix: the users whose scope covers village A1 do change its resources (each change audited
/// under A1's code, so a scoped audit search finds it), lists never show what lies outside the scope, uploads are
/// refused for villages outside it, and neither credential works on the other's half of the site.
/// </summary>
[Collection(SharedScopeWorld.Name)]
public sealed class ScopedChangesTests(ScopeWorld world)
{
    [Fact]
    public async Task Scoped_staff_submit_review_answer_and_close_and_each_change_is_audited_under_the_village()
    {
        var toSubmit = await world.DraftAsync("2026-11");
        var toSubmitByApi = await world.DraftAsync("2026-09");
        var toApprove = await world.SubmittedAsync("2026-07");
        var toReject = await world.SubmittedAsync("2026-06");
        var question = await world.QuestionAsync();
        var accountant = await world.PagesAsync("acct-a");
        var reviewer = await world.PagesAsync("rev-a");

        Assert.Equal($"/submissions/{toSubmit}", (await accountant.PostFormAsync($"/submissions/{toSubmit}", $"/submissions/{toSubmit}/submit",
            new() { ["note"] = "已核对" })).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await (await world.ApiAsync("acct-a")).PostAsJsonAsync($"/api/v1/submissions/{toSubmitByApi}/submit",
            new { note = "已核对" })).StatusCode);
        Assert.Equal($"/review/{toApprove}?published=1", (await reviewer.PostFormAsync($"/review/{toApprove}", $"/review/{toApprove}/approve",
            [])).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await (await world.ApiAsync("rev-a")).PostAsJsonAsync($"/api/v1/submissions/{toReject}/reject",
            new { reason = "凭证号不连续" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await accountant.PostFormAsync($"/questions/{question}", $"/questions/{question}/answer",
            new() { ["Answer"] = "押金已退还承租人，凭证记-12。", ["Public"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync($"/questions/{question}", $"/questions/{question}/close", [])).StatusCode);

        var statuses = await world.App.WithDbAsync(db => db.Submissions
            .Where(s => s.Id == toSubmit || s.Id == toSubmitByApi || s.Id == toApprove || s.Id == toReject)
            .OrderBy(s => s.Id).Select(s => s.Status).ToListAsync());
        // In creation order: 2026-11 (submitted on the page), 2026-09 (through the API), 2026-07 (approved), 2026-06 (rejected).
        Assert.Equal([SubmissionStatus.Submitted, SubmissionStatus.Submitted, SubmissionStatus.Published, SubmissionStatus.Rejected], statuses);
        Assert.Equal(QuestionStatus.Closed, await world.App.WithDbAsync(db => db.Questions.Where(q => q.Id == question).Select(q => q.Status).SingleAsync()));
        await AssertAuditedAsync(AuditActions.Submit, nameof(Submission), toSubmit, "acct-a");
        await AssertAuditedAsync(AuditActions.Submit, nameof(Submission), toSubmitByApi, "acct-a");
        await AssertAuditedAsync(AuditActions.Approve, nameof(Submission), toApprove, "rev-a");
        await AssertAuditedAsync(AuditActions.Reject, nameof(Submission), toReject, "rev-a");
        await AssertAuditedAsync(AuditActions.QuestionAnswered, "question", question, "acct-a");
        await AssertAuditedAsync(AuditActions.QuestionClosed, "question", question, "rev-a");
    }

    [Fact]
    public async Task Reading_an_original_or_an_annotated_workbook_is_audited_and_a_refused_read_leaves_no_trace()
    {
        var draft = await world.DraftAsync("2026-05");
        var outsider = await world.PagesAsync("acct-b");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/submissions/{draft}/original")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/submissions/{draft}/annotated.xlsx")).StatusCode);
        var reviewer = await world.PagesAsync("rev-a");

        var original = await reviewer.GetAsync($"/submissions/{draft}/original");
        var annotated = await reviewer.GetAsync($"/submissions/{draft}/annotated.xlsx");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (original.StatusCode, annotated.StatusCode));
        await AssertAuditedAsync(AuditActions.OriginalDownloaded, nameof(Submission), draft, "rev-a");
        await AssertAuditedAsync(AuditActions.AnnotatedDownloaded, nameof(Submission), draft, "rev-a");
        var id = draft.ToString(CultureInfo.InvariantCulture);
        Assert.False(await world.App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.TargetId == id && a.UserName == "acct-b")));
    }

    public static TheoryData<string, string> Lists => new()
    {
        { "acct-b", "/submissions" },
        { "rev-b", "/submissions" },
        { "insp-x", "/submissions" },
        { "rev-b", "/review" },
        { "acct-b", "/questions/inbox" },
        { "rev-b", "/questions/inbox" },
        { "insp-x", "/inspect/questions" },
        { "insp-x", "/workspace" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Lists_show_nothing_outside_the_users_scope(string user, string url)
    {
        var html = await (await world.PagesAsync(user)).GetStringAsync(url);

        Assert.DoesNotContain("甲一村", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/submissions/{world.Draft}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/questions/{world.Question}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acct-b")]
    [InlineData("rev-b")]
    public async Task An_empty_answer_to_another_villages_question_reads_not_found_too(string user)
    {
        // The scope is checked before the text: "please write an answer" would tell an outsider the question exists.
        var response = await (await world.PagesAsync(user)).PostFormAsync("/", $"/questions/{world.Question}/answer", new() { ["Answer"] = "" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Nobody_uploads_for_a_village_outside_their_scope()
    {
        var page = await Uploads.PostAsync(await world.PagesAsync("acct-a"), TestOrg.VillageB1, "Funds", "2026-10", Uploads.FundsWithWarnings());
        using var form = new MultipartFormDataContent
        {
            { new StringContent(TestOrg.VillageB1), "village" }, { new StringContent("funds"), "kind" }, { new StringContent("2026-10"), "period" },
            { new ByteArrayContent(Uploads.FundsWithWarnings()), "file", "funds-2026-10.xlsx" },
        };
        var api = await (await world.ApiAsync("acct-a")).PostAsync("/api/v1/submissions", form);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, api.StatusCode));
        Assert.False(await world.App.WithDbAsync(db => db.Submissions.AnyAsync(s => s.Village.Code == TestOrg.VillageB1)));
    }

    [Fact]
    public async Task A_cookie_never_opens_the_api_and_a_token_never_opens_a_page()
    {
        var cookie = await world.PagesAsync("acct-a");
        var token = await world.ApiAsync("acct-a");

        Assert.Equal(HttpStatusCode.Unauthorized, (await cookie.GetAsync($"/api/v1/submissions/{world.Draft}")).StatusCode);
        var page = await token.GetAsync($"/submissions/{world.Draft}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private Task AssertAuditedAsync(string action, string targetType, long targetId, string user) => world.App.WithDbAsync(async db =>
    {
        var id = targetId.ToString(CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.Action == action && a.TargetType == targetType && a.TargetId == id)
            .Select(a => new { a.UserName, a.OrgCode }).ToListAsync();
        var entry = Assert.Single(entries);
        Assert.Equal((user, TestOrg.VillageA1), (entry.UserName, entry.OrgCode));
    });
}
