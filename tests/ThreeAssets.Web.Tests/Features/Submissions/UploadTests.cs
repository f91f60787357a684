using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Tests.Features.Submissions;

public sealed class UploadTests
{
    private static async Task<(PortalApp App, HttpClient Client, PortalUser User)> AccountantAsync()
    {
        var app = Uploads.App();
        await app.SeedOrgAsync();
        var user = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        return (app, await app.LoginAsync("wang"), user);
    }

    [Fact]
    public async Task Upload_through_the_form_keeps_the_original_byte_for_byte_and_shows_the_report()
    {
        var (app, client, user) = await AccountantAsync();
        using var _ = app;
        var file = Uploads.GoodFunds();

        var id = await Uploads.UploadAsync(client, TestOrg.VillageA1, file);

        var stored = await app.WithDbAsync(db => db.Submissions.Where(s => s.Id == id)
            .Select(s => new { s.Sha256, s.SizeBytes, s.RowCount, s.ErrorCount, s.UploadedById, s.Status }).SingleAsync());
        var content = await app.WithDbAsync(db => db.SubmissionFiles.Where(f => f.SubmissionId == id).Select(f => f.Content).SingleAsync());
        Assert.Equal(file, content);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file)), stored.Sha256);
        Assert.Equal((29, 0, user.Id, SubmissionStatus.Uploaded), (stored.RowCount, stored.ErrorCount, stored.UploadedById, stored.Status));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Upload && a.OrgCode == TestOrg.VillageA1 && a.TargetId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var html = await client.GetStringAsync($"/submissions/{id}");
        Assert.Contains("全部 29 行已通过检查", html, StringComparison.Ordinal);
        Assert.Contains("role=\"status\"", html, StringComparison.Ordinal);
        Assert.Contains("提交审核", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_starts_with_the_count_and_lists_each_finding_in_the_accountants_terms()
    {
        var (app, client, _) = await AccountantAsync();
        using var __ = app;

        var id = await Uploads.UploadAsync(client, TestOrg.VillageA1, Uploads.FundsWithErrors(), "2026-05");
        var html = await client.GetStringAsync($"/submissions/{id}");

        Assert.Contains("3 处需要修改，其余 9 行已通过", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("「科目编码」列", html, StringComparison.Ordinal);
        Assert.Contains("<q>888</q>", html, StringComparison.Ordinal);
        Assert.Contains("FUND-ACCOUNT-UNKNOWN", html, StringComparison.Ordinal);
        Assert.Contains("单元格 D6", html, StringComparison.Ordinal);
        Assert.DoesNotContain("提交审核", html, StringComparison.Ordinal);

        var warningsOnly = await client.GetStringAsync($"/submissions/{id}?show=warnings");
        Assert.DoesNotContain("FUND-ACCOUNT-UNKNOWN", warningsOnly, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_bytes_uploaded_again_point_to_the_earlier_upload()
    {
        var (app, client, _) = await AccountantAsync();
        using var __ = app;
        var first = await Uploads.UploadAsync(client, TestOrg.VillageA1, Uploads.GoodFunds());

        var again = await Uploads.PostAsync(client, TestOrg.VillageA1, "Funds", "2026-10", Uploads.GoodFunds());

        Assert.Equal($"/submissions/{first}?duplicate=true", again.Headers.Location!.OriginalString);
        Assert.Equal(1, await app.WithDbAsync(db => db.Submissions.CountAsync()));
        var page = await client.GetStringAsync(again.Headers.Location);
        Assert.True(page.Contains($"已经上传过（第 {first} 号上传）", StringComparison.Ordinal), page);
    }

    [Theory]
    [InlineData(null, "funds.xlsx", "请选择要上传的台账文件。")]
    [InlineData(new byte[] { 1, 2, 3 }, "ledger.pdf", "只能上传 Excel 表格")]
    [InlineData(new byte[0], "funds.xlsx", "这个文件是空的（0 字节）")]
    public async Task Each_form_problem_has_its_own_message_and_stores_nothing(byte[]? file, string name, string message)
    {
        var (app, client, _) = await AccountantAsync();
        using var __ = app;

        var response = await Uploads.PostAsync(client, TestOrg.VillageA1, "Funds", "2026-10", file, name);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("error-summary", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-10\" selected", html, StringComparison.Ordinal); // nothing typed is cleared
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Missing_village_kind_and_period_are_each_named()
    {
        var (app, client, _) = await AccountantAsync();
        using var __ = app;

        var response = await Uploads.PostAsync(client, "", null, "2026-Q9", Uploads.GoodFunds());

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请选择是哪个村的台账。", html, StringComparison.Ordinal);
        Assert.Contains("请选择台账种类", html, StringComparison.Ordinal);
        Assert.Contains("请选择台账所属的月份或季度。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_summary_lists_the_problems_in_form_order_takes_focus_and_links_each_field()
    {
        var (app, client, _) = await AccountantAsync();
        using var __ = app;

        var response = await Uploads.PostAsync(client, "", null, null, null);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\" autofocus", html, StringComparison.Ordinal);
        string[] fields = ["#Village", "#Kind", "#Period", "#File"];
        var links = fields.Select(f => html.IndexOf($"href=\"{f}\"", StringComparison.Ordinal)).ToList();
        Assert.All(links, i => Assert.True(i > 0));
        Assert.Equal(links.Order(), links); // the order the accountant meets the fields, not ModelState's alphabetical order
        Assert.Contains("aria-describedby=\"Period-hint Period-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Kind-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_20_MB_is_refused_before_it_is_read()
    {
        var (app, client, _) = await AccountantAsync();
        using var __ = app;

        var response = await Uploads.PostAsync(client, TestOrg.VillageA1, "Funds", "2026-10", new byte[21 * 1024 * 1024]);

        Assert.Equal("/submissions/upload?refused=too-large", response.Headers.Location!.OriginalString);
        Assert.Contains("文件超过 20 MB", await client.GetStringAsync(response.Headers.Location), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task A_password_protected_file_is_explained_on_the_report()
    {
        var (app, client, _) = await AccountantAsync();
        using var __ = app;
        // An encrypted OOXML package is an OLE2 file with these two streams (what Excel writes for "encrypt with password").
        var ole = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);
        System.Text.Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(ole, 1024);
        System.Text.Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(ole, 2048);

        var id = await Uploads.UploadAsync(client, TestOrg.VillageA1, ole);

        var html = await client.GetStringAsync($"/submissions/{id}");
        Assert.Contains("文件没能读取", html, StringComparison.Ordinal);
        Assert.Contains("打开密码", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accountant_cannot_upload_for_another_village()
    {
        var (app, client, _) = await AccountantAsync();
        using var __ = app;

        var response = await Uploads.PostAsync(client, TestOrg.VillageB1, "Funds", "2026-10", Uploads.GoodFunds());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("您的账号不能为这个村上传台账", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Reviewers_cannot_upload()
    {
        using var app = Uploads.App();
        await app.SeedOrgAsync();
        await app.CreateUserAsync("li", PortalRole.Reviewer, TestOrg.TownshipA);
        var client = await app.LoginAsync("li");

        var response = await client.GetAsync("/submissions/upload");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
