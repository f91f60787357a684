using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Features.Admin;

/// <summary>The CSV upload on /admin/org: the same importer as <c>admin import-org</c> (see Cli/ImportOrgCommandTests).</summary>
public sealed class OrgImportTests
{
    private static async Task<(PortalApp App, HttpClient Admin)> StartAsync()
    {
        var app = new PortalApp();
        await app.SeedOrgAsync();
        await app.CreateUserAsync("admin", PortalRole.Admin);
        return (app, await app.LoginAsync("admin"));
    }

    /// <summary>Posts the file as the page's form does: multipart, with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file, string pageUrl = "/admin/org")
    {
        var form = new MultipartFormDataContent { { new StringContent(await client.AntiforgeryTokenAsync(pageUrl)), "__RequestVerificationToken" } };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "org.csv");
        return await client.PostAsync("/admin/org/import", form);
    }

    [Fact]
    public async Task Admin_uploads_a_csv_that_renames_a_township_and_adds_a_village()
    {
        var (app, admin) = await StartAsync();
        using var _ = app;
        var csv = $"代码,名称,上级代码\n{TestOrg.TownshipA},甲新镇,{TestOrg.District}\n{TestOrg.VillageA1},甲一村,{TestOrg.TownshipA}\n9901-01-03,甲三村,{TestOrg.TownshipA}\n";

        var response = await UploadAsync(admin, Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("已导入：新增 1 个，改名 1 个，1 个没有变化。", html, StringComparison.Ordinal);
        Assert.Equal("甲新镇", await app.WithDbAsync(db => db.Townships.Where(t => t.Code == TestOrg.TownshipA).Select(t => t.Name).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.Villages.AnyAsync(v => v.Code == "9901-01-03" && v.Township.Code == TestOrg.TownshipA)));
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("admin.org."))
            .Select(a => a.Action + " " + a.TargetId + " " + a.UserName).ToListAsync());
        Assert.Equal(["admin.org.create 9901-01-03 admin", "admin.org.rename 9901-01 admin"], audited.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_refused_file_lists_its_problems_and_changes_nothing()
    {
        var (app, admin) = await StartAsync();
        using var _ = app;
        var csv = $"code,name,parent\n{TestOrg.TownshipA},甲新镇,{TestOrg.District}\n9901-05-01,无主村,9901-05\n";

        var response = await UploadAsync(admin, Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("第 3 行：上级代码 9901-05 不存在", html, StringComparison.Ordinal);
        Assert.Equal("甲镇", await app.WithDbAsync(db => db.Townships.Where(t => t.Code == TestOrg.TownshipA).Select(t => t.Name).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action.StartsWith("admin.org."))));
    }

    [Fact]
    public async Task No_file_is_a_400_with_a_message()
    {
        var (app, admin) = await StartAsync();
        using var _ = app;

        var response = await UploadAsync(admin, []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请先选择机构名单的 CSV 文件", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_admin_gets_403_and_nothing_is_imported()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        await app.CreateUserAsync("inspector", PortalRole.Inspector, TestOrg.District);
        var inspector = await app.LoginAsync("inspector");

        // Any page of the site carries a token for the signed-in user; /workspace is one the inspector may open.
        var response = await UploadAsync(inspector, Encoding.UTF8.GetBytes("code,name,parent\n9902,新区,\n"), "/workspace");

        // Pages send a signed-in user without the role to the access-denied page, which answers 403.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync(response.Headers.Location)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Districts.AnyAsync(d => d.Code == "9902")));
    }
}
