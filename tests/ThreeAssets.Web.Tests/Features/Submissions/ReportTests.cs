using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Tests.Features.Submissions;

public sealed class ReportTests
{
    private static async Task<(PortalApp App, HttpClient Client)> AccountantAsync()
    {
        var app = Uploads.App();
        await app.SeedOrgAsync();
        await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        return (app, await app.LoginAsync("wang"));
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, long id, string? note = null) =>
        client.PostFormAsync($"/submissions/{id}", $"/submissions/{id}/submit", note is null ? [] : new() { ["note"] = note });

    [Fact]
    public async Task Submit_is_refused_while_there_are_errors()
    {
        var (app, client) = await AccountantAsync();
        using var _ = app;
        var id = await Uploads.UploadAsync(client, TestOrg.VillageA1, Uploads.FundsWithOneError());
        // The page offers no submit form; a forged post is refused by the workflow all the same.
        var token = await client.AntiforgeryTokenAsync($"/submissions/{id}");

        var response = await client.PostAsync($"/submissions/{id}/submit",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("改好后重新上传才能提交", StringComparison.Ordinal), body);
        Assert.Equal(SubmissionStatus.Uploaded, await app.WithDbAsync(db => db.Submissions.Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task Warnings_need_a_note_before_submitting()
    {
        var (app, client) = await AccountantAsync();
        using var _ = app;
        var id = await Uploads.UploadAsync(client, TestOrg.VillageA1, Uploads.FundsWithWarnings());
        Assert.Contains("给审核人的说明（必填）", await client.GetStringAsync($"/submissions/{id}"), StringComparison.Ordinal);

        var withoutNote = await SubmitAsync(client, id, "");
        Assert.Equal(HttpStatusCode.BadRequest, withoutNote.StatusCode);
        Assert.Contains("请写一句简短说明给审核人", await withoutNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var withNote = await SubmitAsync(client, id, "审批人外出，已电话确认");
        Assert.Equal(HttpStatusCode.Redirect, withNote.StatusCode);
        var stored = await app.WithDbAsync(db => db.Submissions.Select(s => new { s.Status, s.SubmitNote }).SingleAsync());
        Assert.Equal((SubmissionStatus.Submitted, "审批人外出，已电话确认"), (stored.Status, stored.SubmitNote));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Submit)));
        Assert.Contains("已提交，等待乡镇审核。", await client.GetStringAsync($"/submissions/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Original_download_returns_the_bytes_and_is_audited()
    {
        var (app, client) = await AccountantAsync();
        using var _ = app;
        var file = Uploads.GoodFunds();
        var id = await Uploads.UploadAsync(client, TestOrg.VillageA1, file);

        var response = await client.GetAsync($"/submissions/{id}/original");

        Assert.Equal(file, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("funds.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.OriginalDownloaded && a.TargetId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Annotated_workbook_marks_the_findings()
    {
        var (app, client) = await AccountantAsync();
        using var _ = app;
        var id = await Uploads.UploadAsync(client, TestOrg.VillageA1, Uploads.FundsWithErrors(), "2026-05");

        var response = await client.GetAsync($"/submissions/{id}/annotated.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal("检查结果", book.Worksheets.First().Name);
        Assert.Contains(book.Worksheets.First().CellsUsed(), c => c.GetString().Contains("FUND-ACCOUNT-UNKNOWN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accountant_cannot_read_download_or_submit_another_villages_submission()
    {
        using var app = Uploads.App();
        await app.SeedOrgAsync();
        await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        await app.CreateUserAsync("zhao", PortalRole.Accountant, TestOrg.VillageB1);
        var other = await app.LoginAsync("zhao");
        var id = await Uploads.UploadAsync(other, TestOrg.VillageB1, Uploads.GoodFunds());
        var client = await app.LoginAsync("wang");

        foreach (var url in new[] { $"/submissions/{id}", $"/submissions/{id}/original", $"/submissions/{id}/annotated.xlsx" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        var token = await client.AntiforgeryTokenAsync("/submissions/upload");
        var submit = await client.PostAsync($"/submissions/{id}/submit",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);
        Assert.DoesNotContain("乙一村", await client.GetStringAsync("/submissions"), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.OriginalDownloaded)));
    }

    [Fact]
    public async Task History_lists_the_uploads_with_their_state()
    {
        var (app, client) = await AccountantAsync();
        using var _ = app;
        await Uploads.UploadAsync(client, TestOrg.VillageA1, Uploads.FundsWithErrors(), "2026-05");

        var html = await client.GetStringAsync($"/submissions?village={TestOrg.VillageA1}");

        Assert.Contains("甲一村 资金收支明细 2026年5月", html, StringComparison.Ordinal);
        Assert.Contains("3 处错误", html, StringComparison.Ordinal);
        Assert.Contains("已上传，未提交", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blank_templates_download_for_staff_only()
    {
        var (app, client) = await AccountantAsync();
        using var _ = app;

        var template = await client.GetAsync("/templates/funds.xlsx");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        using (var book = new XLWorkbook(await template.Content.ReadAsStreamAsync()))
            Assert.NotEmpty(book.Worksheets);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/templates/other.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.NewClient().GetAsync("/templates/assets.xlsx")).StatusCode);
    }

    [Fact]
    public async Task Template_links_say_the_file_type_and_size()
    {
        var (app, client) = await AccountantAsync();
        using var _ = app;
        var bytes = (await (await client.GetAsync("/templates/funds.xlsx")).Content.ReadAsByteArrayAsync()).Length;

        var size = ThreeAssets.Web.Common.LedgerText.Size(bytes);
        Assert.Contains($"资金收支明细（Excel 模板，{size}）", await client.GetStringAsync("/submissions/upload"), StringComparison.Ordinal);
        Assert.Contains($"（Excel，{size}）", await client.GetStringAsync("/workspace"), StringComparison.Ordinal);
    }
}
