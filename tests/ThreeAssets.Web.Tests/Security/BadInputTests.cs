using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Tests.Features.Submissions;

namespace ThreeAssets.Web.Tests.Security;

/// <summary>Bad input gets a 4xx with a message, never a 500, and is never echoed back (issue 16, items 1 and 9).</summary>
public sealed class BadInputTests
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, params HttpStatusCode[] statuses)
    {
        Assert.Contains(response.StatusCode, statuses);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual("Server error", json.GetProperty("title").GetString());
        return json;
    }

    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    public async Task A_question_body_of_many_megabytes_is_refused_and_not_echoed(int megabytes)
    {
        using var app = new PortalApp();
        var text = new string('问', megabytes * 1024 * 1024 / 3);
        using var body = new StringContent(JsonSerializer.Serialize(new { publicationId = 1, text }), Encoding.UTF8, "application/json");

        var response = await app.NewClient().PostAsync("/api/v1/questions", body);

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.BadRequest);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(answer.Length < 2_000, $"{answer.Length} characters back");
        Assert.DoesNotContain(new string('问', 50), answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_media_type_says_which_types_are_accepted()
    {
        using var app = new PortalApp();
        using var body = new StringContent("publicationId=1&text=hi", Encoding.UTF8, "text/plain");

        var response = await app.NewClient().PostAsync("/api/v1/questions", body);

        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("Unsupported media type", problem.GetProperty("title").GetString());
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Funds,Assets")]
    [InlineData("1")]
    [InlineData("funds, assets")]
    public async Task A_ledger_kind_that_is_not_one_name_is_refused_by_the_api(string kind)
    {
        using var app = Uploads.App();
        await app.SeedOrgAsync();
        var user = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(user.Id));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(TestOrg.VillageA1), "village" },
            { new StringContent(kind), "kind" },
            { new StringContent("2026-10"), "period" },
            { new ByteArrayContent(Uploads.FundsWithWarnings()), "file", "funds-2026-10.xlsx" },
        };

        var response = await client.PostAsync("/api/v1/submissions", form);

        await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task A_ledger_kind_that_combines_two_is_refused_by_the_upload_page()
    {
        using var app = Uploads.App();
        await app.SeedOrgAsync();
        await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var client = await app.LoginAsync("wang");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await client.AntiforgeryTokenAsync("/submissions/upload")), "__RequestVerificationToken" },
            { new StringContent(TestOrg.VillageA1), "Village" },
            { new StringContent("Funds,Assets"), "Kind" },
            { new StringContent("2026-10"), "Period" },
            { new ByteArrayContent(Uploads.FundsWithWarnings()), "File", "funds-2026-10.xlsx" },
        };

        var response = await client.PostAsync("/submissions/upload", form);

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((int)response.StatusCode is >= 400 and < 500 or 200, response.StatusCode.ToString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task A_pdf_nested_deeper_than_any_notice_gets_a_refusal_message_at_verify()
    {
        using var app = new PortalApp();
        var client = app.NewClient();
        // 100 deep: over the pre-scan's limit, yet harmless to the parser should the guard ever go.
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /X " + new string('[', 100) + new string(']', 100)
            + " >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await client.AntiforgeryTokenAsync("/verify")), "__RequestVerificationToken" },
            { new ByteArrayContent(pdf), "notice", "notice.pdf" },
        };

        var response = await client.PostAsync("/verify", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("这个文件的结构异常", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_11_MB_file_at_verify_gets_the_size_message_not_a_500()
    {
        using var app = new PortalApp();
        var client = app.NewClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await client.AntiforgeryTokenAsync("/verify")), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[11 * 1024 * 1024 + 1]), "notice", "notice.pdf" },
        };

        var response = await client.PostAsync("/verify", form);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge });
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Contains("10 MB", StringComparison.Ordinal) || html.Contains("太大", StringComparison.Ordinal), html[..Math.Min(html.Length, 500)]);
    }
}
