using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Tests.Features.Review;

namespace ThreeAssets.Web.Tests.Features.Api;

/// <summary>POST /api/v1/submissions/{id}/approve and /reject (DESIGN §10) with bearer tokens.</summary>
public sealed class ReviewApiTests
{
    private static async Task<HttpClient> ClientAsync(PortalApp app, PortalUser user)
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(user.Id));
        return client;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task Reviewer_approves_and_rejects_through_the_api()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var accountant = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1, TestOrg.VillageA2);
        var reviewer = await app.CreateUserAsync("chen", PortalRole.Reviewer, TestOrg.TownshipA);
        var toApprove = await app.SubmitFundsAsync(TestOrg.VillageA1, "2026-10", accountant.Id);
        var toReject = await app.SubmitFundsAsync(TestOrg.VillageA2, "2026-10", accountant.Id);
        var client = await ClientAsync(app, reviewer);

        // A reason sent with a first version is not a correction and is not published as one.
        var approved = await client.PostAsJsonAsync($"/api/v1/submissions/{toApprove}/approve", new { reason = "首次公开" });

        Assert.Equal(HttpStatusCode.Created, approved.StatusCode);
        var result = await approved.Content.ReadFromJsonAsync<JsonElement>();
        var publication = await app.WithDbAsync(db => db.Publications.SingleAsync());
        Assert.Equal(publication.Id, result.GetProperty("publicationId").GetInt64());
        Assert.Equal(1, result.GetProperty("version").GetInt32());
        Assert.Equal(publication.Fingerprint, result.GetProperty("fingerprint").GetString());
        Assert.Null(publication.CorrectionReason);
        var again = await ProblemAsync(await client.PostAsync($"/api/v1/submissions/{toApprove}/approve", null), HttpStatusCode.Conflict);
        Assert.Contains("不在待审核状态", again.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var noReason = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/submissions/{toReject}/reject", new { reason = "" }), HttpStatusCode.BadRequest);
        Assert.Equal("请写明退回原因，会计会看到它。", noReason.GetProperty("detail").GetString());
        var rejected = await client.PostAsJsonAsync($"/api/v1/submissions/{toReject}/reject", new { reason = "缺少审批人" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal("Rejected", (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("缺少审批人", await app.WithDbAsync(db => db.Submissions.Where(s => s.Id == toReject).Select(s => s.RejectReason).SingleAsync()));
    }

    [Fact]
    public async Task Correction_through_the_api_needs_a_reason()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var accountant = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var reviewer = await app.CreateUserAsync("chen", PortalRole.Reviewer, TestOrg.TownshipA);
        Assert.True((await app.ApproveAsync(await app.SubmitFundsAsync(TestOrg.VillageA1, "2026-10", accountant.Id), reviewer.Id)).Published);
        var corrected = await ReviewSeeding.FundsWorkbookAsync(TestOrg.VillageA1, "2026-10",
            change: rows => [.. rows.Select((r, i) => i == 0 ? r with { Handler = "赵丽华" } : r)]);
        var second = await app.SubmitAsync(TestOrg.VillageA1, Core.Ledgers.LedgerKind.Funds, "2026-10", accountant.Id, corrected);
        var client = await ClientAsync(app, reviewer);

        var refused = await ProblemAsync(await client.PostAsync($"/api/v1/submissions/{second}/approve", null), HttpStatusCode.BadRequest);
        Assert.Contains("更正需要写明原因", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("correction needs a public reason", refused.GetProperty("detailEn").GetString(), StringComparison.Ordinal);
        var tooLong = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/submissions/{second}/approve", new { reason = new string('错', 1001) }),
            HttpStatusCode.BadRequest);
        Assert.Equal("更正原因最多 1000 字。", tooLong.GetProperty("detail").GetString());
        var approved = await client.PostAsJsonAsync($"/api/v1/submissions/{second}/approve", new { reason = "经手人录错" });

        Assert.Equal(HttpStatusCode.Created, approved.StatusCode);
        Assert.Equal(2, (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Outsiders_and_the_uploader_are_refused_with_problem_details()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var accountant = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var reviewer = await app.CreateUserAsync("chen", PortalRole.Reviewer, TestOrg.TownshipA);
        var outsider = await app.CreateUserAsync("liu", PortalRole.Reviewer, TestOrg.TownshipB);
        var byAccountant = await app.SubmitFundsAsync(TestOrg.VillageA1, "2026-10", accountant.Id);
        var byReviewer = await app.SubmitFundsAsync(TestOrg.VillageA1, "2026-11", reviewer.Id);

        var other = await ProblemAsync(await (await ClientAsync(app, outsider)).PostAsync($"/api/v1/submissions/{byAccountant}/approve", null), HttpStatusCode.NotFound);
        Assert.Contains("不属于您负责的乡镇", other.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAsync(await (await ClientAsync(app, outsider)).PostAsJsonAsync($"/api/v1/submissions/{byAccountant}/reject", new { reason = "x" }), HttpStatusCode.NotFound);
        await ProblemAsync(await (await ClientAsync(app, accountant)).PostAsync($"/api/v1/submissions/{byAccountant}/approve", null), HttpStatusCode.Forbidden);
        var own = await ProblemAsync(await (await ClientAsync(app, reviewer)).PostAsync($"/api/v1/submissions/{byReviewer}/approve", null), HttpStatusCode.Conflict);
        Assert.Contains("审核人不能是上传人", own.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAsync(await (await ClientAsync(app, reviewer)).PostAsync("/api/v1/submissions/999999/approve", null), HttpStatusCode.NotFound);

        Assert.Equal(0, await app.WithDbAsync(db => db.Publications.CountAsync()));
        Assert.All(await app.WithDbAsync(db => db.Submissions.Select(s => s.Status).ToListAsync()), s => Assert.Equal(SubmissionStatus.Submitted, s));
    }
}
