using System.Net;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Features.Review;

/// <summary>The reviewer's screens, driven like a browser (antiforgery tokens) over real uploaded workbooks.</summary>
public sealed class ReviewPageTests
{
    private static async Task<(PortalApp App, PortalUser Accountant, PortalUser Reviewer)> StartAsync()
    {
        var app = new PortalApp();
        await app.SeedOrgAsync();
        var accountant = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var reviewer = await app.CreateUserAsync("chen", PortalRole.Reviewer, TestOrg.TownshipA);
        return (app, accountant, reviewer);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, long id, string action, Dictionary<string, string> fields) =>
        client.PostFormAsync($"/review/{id}", $"/review/{id}/{action}", fields);

    [Fact]
    public async Task Reviewer_approves_from_the_queue_and_sees_version_and_fingerprint()
    {
        var (app, accountant, _) = await StartAsync();
        using var _app = app;
        var id = await app.SubmitFundsAsync(TestOrg.VillageA1, "2026-10", accountant.Id);
        var client = await app.LoginAsync("chen");

        var queue = await client.GetStringAsync("/review");
        Assert.Contains($"href=\"/review/{id}\"", queue, StringComparison.Ordinal);
        Assert.Contains("甲一村", queue, StringComparison.Ordinal);
        Assert.Contains("已核对凭证", queue, StringComparison.Ordinal);
        var page = await client.GetStringAsync($"/review/{id}");
        Assert.Contains("这一期还没有公开过", page, StringComparison.Ordinal);
        Assert.Contains("共 12 行", page, StringComparison.Ordinal);
        Assert.Contains("class=\"num\">", page, StringComparison.Ordinal);

        var response = await PostAsync(client, id, "approve", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var publication = await app.WithDbAsync(db => db.Publications.SingleAsync());
        Assert.Equal((1, id, SubmissionStatus.Published), (publication.Version, publication.SubmissionId,
            await app.WithDbAsync(db => db.Submissions.Where(s => s.Id == id).Select(s => s.Status).SingleAsync())));
        Assert.Equal(12, await app.WithDbAsync(db => db.FundsEntries.CountAsync(e => e.PublicationId == publication.Id)));
        var result = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains(publication.Fingerprint, result, StringComparison.Ordinal);
        Assert.Contains($"href=\"/publications/{publication.Id}\"", result, StringComparison.Ordinal);
        Assert.Contains("第 1 版", result, StringComparison.Ordinal);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "submission.approve" || a.Action == "publication.publish")
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["submission.approve", "publication.publish"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal((TestOrg.VillageA1, "chen"), (a.OrgCode, a.UserName)));
        Assert.Equal([$"{id}", $"{publication.Id}"], audit.Select(a => a.TargetId));
    }

    [Fact]
    public async Task Reviewer_of_another_township_gets_404_and_an_empty_queue()
    {
        var (app, accountant, _) = await StartAsync();
        using var _app = app;
        await app.CreateUserAsync("liu", PortalRole.Reviewer, TestOrg.TownshipB);
        var id = await app.SubmitFundsAsync(TestOrg.VillageA1, "2026-10", accountant.Id);
        var client = await app.LoginAsync("liu");

        Assert.DoesNotContain("甲一村", await client.GetStringAsync("/review"), StringComparison.Ordinal);
        // Another township's ledger reads as missing, as on the accountant's pages: its id tells the outsider nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/review/{id}")).StatusCode);
        // The layout's sign-out form gives this session a valid antiforgery token: the scope check still says no.
        var response = await client.PostAsync($"/review/{id}/approve", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync("/review") }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Publications.CountAsync()));
        var asAccountant = await (await app.LoginAsync("wang")).GetAsync("/review");
        Assert.Contains("/account/access-denied", asAccountant.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploader_cannot_approve_their_own_upload()
    {
        var (app, _, reviewer) = await StartAsync();
        using var _app = app;
        var id = await app.SubmitFundsAsync(TestOrg.VillageA1, "2026-10", reviewer.Id);
        var client = await app.LoginAsync("chen");

        var page = await client.GetStringAsync($"/review/{id}");
        Assert.Contains("审核人不能是上传人", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/review/{id}/approve", page, StringComparison.Ordinal);
        var response = await PostAsync(client, id, "approve", []);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("请由乡镇另一位工作人员审核", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Publications.CountAsync()));
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_which_is_kept_for_the_accountant()
    {
        var (app, accountant, _) = await StartAsync();
        using var _app = app;
        var id = await app.SubmitFundsAsync(TestOrg.VillageA1, "2026-10", accountant.Id);
        var client = await app.LoginAsync("chen");

        var empty = await PostAsync(client, id, "reject", new() { ["Form.RejectReason"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var html = await empty.Content.ReadAsStringAsync();
        Assert.Contains("请写明退回原因，会计会看到它。", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Form_RejectReason\"", html, StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Submitted, await app.WithDbAsync(db => db.Submissions.Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));

        var response = await PostAsync(client, id, "reject", new() { ["Form.RejectReason"] = "10月5日支出缺少审批人" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var submission = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == id));
        Assert.Equal((SubmissionStatus.Rejected, "10月5日支出缺少审批人"), (submission.Status, submission.RejectReason));
        Assert.Contains("10月5日支出缺少审批人", await client.GetStringAsync($"/review/{id}"), StringComparison.Ordinal);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "submission.reject"));
        Assert.Equal(($"{id}", TestOrg.VillageA1), (audit.TargetId, audit.OrgCode));
        using var details = System.Text.Json.JsonDocument.Parse(audit.DetailsJson!);
        Assert.Equal("10月5日支出缺少审批人", details.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Correction_needs_a_public_reason_then_publishes_version_2_beside_version_1()
    {
        var (app, accountant, _) = await StartAsync();
        using var _app = app;
        var client = await app.LoginAsync("chen");
        var first = await app.SubmitFundsAsync(TestOrg.VillageA1, "2026-10", accountant.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, first, "approve", [])).StatusCode);
        var corrected = await ReviewSeeding.FundsWorkbookAsync(TestOrg.VillageA1, "2026-10",
            change: rows => [.. rows.Select((r, i) => i == 2 ? r with { Summary = "更正后的摘要" } : r)]);
        var second = await app.SubmitAsync(TestOrg.VillageA1, LedgerKind.Funds, "2026-10", accountant.Id, corrected);

        var page = await client.GetStringAsync($"/review/{second}");
        Assert.Contains("新增 0 行，删除 0 行，修改 1 行。", page, StringComparison.Ordinal);
        Assert.Contains("更正后的摘要</ins>", page, StringComparison.Ordinal);
        Assert.Contains("摘要：<del>", page, StringComparison.Ordinal);
        var refused = await PostAsync(client, second, "approve", new() { ["Form.CorrectionReason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("更正需要写明原因", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var response = await PostAsync(client, second, "approve", new() { ["Form.CorrectionReason"] = "第3笔摘要写错" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var publications = await app.WithDbAsync(db => db.Publications.OrderBy(p => p.Version).ToListAsync());
        Assert.Equal([1, 2], publications.Select(p => p.Version));
        Assert.Equal((publications[0].Id, "第3笔摘要写错"), (publications[1].SupersedesId, publications[1].CorrectionReason));
        Assert.Null(publications[0].CorrectionReason);
        Assert.Equal(publications[0].ContentHash, publications[1].PreviousHash);
        Assert.Equal(24, await app.WithDbAsync(db => db.FundsEntries.CountAsync()));
    }
}
