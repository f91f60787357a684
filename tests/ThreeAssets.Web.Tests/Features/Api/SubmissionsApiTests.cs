using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Tests.Features.Submissions;

namespace ThreeAssets.Web.Tests.Features.Api;

public sealed class SubmissionsApiTests
{
    private static async Task<(PortalApp App, HttpClient Client)> AccountantAsync()
    {
        var app = Uploads.App();
        await app.SeedOrgAsync();
        var user = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(user.Id));
        return (app, client);
    }

    private static MultipartFormDataContent Form(string? village, string? kind, string? period, byte[]? file)
    {
        var form = new MultipartFormDataContent();
        if (village is not null) form.Add(new StringContent(village), "village");
        if (kind is not null) form.Add(new StringContent(kind), "kind");
        if (period is not null) form.Add(new StringContent(period), "period");
        if (file is not null) form.Add(new ByteArrayContent(file), "file", "funds-2026-10.xlsx");
        return form;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(json.GetProperty("title").GetString()));
        return json;
    }

    [Fact]
    public async Task Upload_read_and_submit_with_a_token()
    {
        var (app, client) = await AccountantAsync();
        using var _ = app;
        var file = Uploads.FundsWithWarnings();

        var created = await client.PostAsync("/api/v1/submissions", Form(TestOrg.VillageA1, "funds", "2026-10", file));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/submissions/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("Uploaded", body.GetProperty("status").GetString());
        Assert.Equal(0, body.GetProperty("errors").GetInt32());
        Assert.True(body.GetProperty("warnings").GetInt32() > 0);
        Assert.True(body.GetProperty("rows").GetInt32() > 0);
        var issue = body.GetProperty("issues")[0];
        foreach (var field in new[] { "code", "severity", "sheet", "row", "column", "cell", "value", "message" })
            Assert.True(issue.TryGetProperty(field, out var _), field);
        Assert.Equal("warning", issue.GetProperty("severity").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file)), body.GetProperty("sha256").GetString());

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{id}");
        Assert.Equal(body.GetProperty("issues").GetArrayLength(), read.GetProperty("issues").GetArrayLength());

        var noNote = await client.PostAsync($"/api/v1/submissions/{id}/submit", null);
        Assert.Contains("说明", (await ProblemAsync(noNote, HttpStatusCode.BadRequest)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var submitted = await client.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { note = "审批人出差，回来补签" });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("Submitted", (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var again = await client.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { note = "再交一次" });
        await ProblemAsync(again, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_same_bytes_answer_with_the_earlier_submission()
    {
        var (app, client) = await AccountantAsync();
        using var _ = app;
        var first = await (await client.PostAsync("/api/v1/submissions", Form(TestOrg.VillageA1, "funds", "2026-10", Uploads.GoodFunds())))
            .Content.ReadFromJsonAsync<JsonElement>();

        var again = await client.PostAsync("/api/v1/submissions", Form(TestOrg.VillageA1, "funds", "2026-10", Uploads.GoodFunds()));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("id").GetInt64(), body.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Token_for_village_A_gets_403_on_village_B_and_404_for_its_submissions()
    {
        var (app, client) = await AccountantAsync();
        using var _ = app;
        var other = await app.CreateUserAsync("zhao", PortalRole.Accountant, TestOrg.VillageB1);
        var otherClient = app.NewClient();
        otherClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(other.Id));
        var theirs = (await (await otherClient.PostAsync("/api/v1/submissions", Form(TestOrg.VillageB1, "funds", "2026-10", Uploads.GoodFunds())))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var upload = await client.PostAsync("/api/v1/submissions", Form(TestOrg.VillageB1, "funds", "2026-10", Uploads.GoodFunds()));
        Assert.Contains("不能为这个村上传", (await ProblemAsync(upload, HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        await ProblemAsync(await client.GetAsync($"/api/v1/submissions/{theirs}"), HttpStatusCode.NotFound);
        await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/submissions/{theirs}/submit", new { note = "x" }), HttpStatusCode.NotFound);
        Assert.Equal(SubmissionStatus.Uploaded, await app.WithDbAsync(db => db.Submissions.Where(s => s.Id == theirs).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task Bad_input_gets_400_with_a_Chinese_detail_and_no_stack_trace()
    {
        var (app, client) = await AccountantAsync();
        using var _ = app;

        var response = await client.PostAsync("/api/v1/submissions", Form(TestOrg.VillageA1, "money", "2026-13", null));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("请选择台账种类", detail, StringComparison.Ordinal);
        Assert.Contains("月份或季度", detail, StringComparison.Ordinal);
        Assert.Contains("请选择要上传的台账文件", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Reviewer_tokens_cannot_upload()
    {
        using var app = Uploads.App();
        await app.SeedOrgAsync();
        var reviewer = await app.CreateUserAsync("li", PortalRole.Reviewer, TestOrg.TownshipA);
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(reviewer.Id));

        var response = await client.PostAsync("/api/v1/submissions", Form(TestOrg.VillageA1, "funds", "2026-10", Uploads.GoodFunds()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
