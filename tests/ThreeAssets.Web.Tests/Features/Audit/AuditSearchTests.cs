using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Tests.Features.Submissions;
using ThreeAssets.Web.Tests.Infrastructure;

namespace ThreeAssets.Web.Tests.Features.Audit;

public sealed partial class AuditSearchTests
{
    // Uploads.Today is 2026-11-20 09:00 UTC: 17:00 on the same day in Beijing.
    private const string UploadSearch = "/audit?from=2026-11-20&to=2026-11-20&action=submission.upload";

    [Fact]
    public async Task Inspector_finds_an_upload_of_a_village_in_their_district_by_action_and_date()
    {
        using var app = await AuditSeeding.AppWithUploadAsync();
        await app.CreateUserAsync("zhou", PortalRole.Inspector, TestOrg.District);
        var client = await app.LoginAsync("zhou");

        var html = await client.GetStringAsync(UploadSearch);

        Assert.Equal(1, Rows(html));
        Assert.Contains("<td class=\"audit-action\">上传台账</td>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/audit\">审计日志</a>", html, StringComparison.Ordinal); // in the staff navigation
        Assert.Contains("<span>2026-11-20</span> <span>17:00</span>", html, StringComparison.Ordinal);
        Assert.Contains("甲一村<div class=\"hint\">9901-01-01</div>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"用户\">wang</td>", html, StringComparison.Ordinal);
        Assert.Contains("审计日志：上传台账，2026-11-20 至 2026-11-20，共 1 条", html, StringComparison.Ordinal);
        Assert.Contains("期间：2026年10月", html, StringComparison.Ordinal); // details in words, not JSON
        Assert.DoesNotContain("{&quot;", html, StringComparison.Ordinal);
        // The next Beijing day has nothing.
        Assert.Contains("没有找到符合条件的记录", await client.GetStringAsync("/audit?from=2026-11-21"), StringComparison.Ordinal);
        // A date written the Chinese way is read too, and shown back as the date input expects it.
        var typed = await client.GetStringAsync("/audit?from=2026年11月20日&action=submission.upload");
        Assert.Equal(1, Rows(typed));
        Assert.Contains("value=\"2026-11-20\"", typed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspector_of_another_district_does_not_see_it()
    {
        using var app = await AuditSeeding.AppWithUploadAsync();
        await app.SeedOtherDistrictAsync();
        await app.CreateUserAsync("qian", PortalRole.Inspector, "9902");
        var client = await app.LoginAsync("qian");

        var html = await client.GetStringAsync(UploadSearch);
        Assert.Equal(0, Rows(html));
        Assert.DoesNotContain("甲一村", html, StringComparison.Ordinal);

        var asked = await client.GetStringAsync("/audit?org=9901-01-01");
        Assert.Contains("这个机构代码不在您可以查看的范围内", asked, StringComparison.Ordinal);
        Assert.Equal(0, Rows(asked));
    }

    [Fact]
    public async Task Sign_ins_have_no_org_code_and_only_admins_find_them()
    {
        using var app = await AuditSeeding.AppWithUploadAsync();
        await app.CreateUserAsync("zhou", PortalRole.Inspector, TestOrg.District);
        await app.CreateUserAsync("boss", PortalRole.Admin);

        var inspector = await (await app.LoginAsync("zhou")).GetStringAsync("/audit");
        var admin = await (await app.LoginAsync("boss")).GetStringAsync("/audit?action=account.login");

        Assert.DoesNotContain("<td class=\"audit-action\">登录</td>", inspector, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"account.login\"", inspector, StringComparison.Ordinal);
        Assert.Contains("<td class=\"audit-action\">上传台账</td>", inspector, StringComparison.Ordinal);
        Assert.Contains("<td class=\"audit-action\">登录</td>", admin, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"用户\">wang</td>", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewers_search_their_township_and_accountants_are_refused()
    {
        using var app = await AuditSeeding.AppWithUploadAsync();
        await app.CreateUserAsync("li", PortalRole.Reviewer, TestOrg.TownshipA);
        await app.CreateUserAsync("zhao", PortalRole.Reviewer, TestOrg.TownshipB);

        Assert.Equal(1, Rows(await (await app.LoginAsync("li")).GetStringAsync(UploadSearch)));
        Assert.Equal(0, Rows(await (await app.LoginAsync("zhao")).GetStringAsync(UploadSearch)));
        var wang = await app.LoginAsync("wang");
        Assert.DoesNotContain("href=\"/audit\"", await wang.GetStringAsync("/workspace"), StringComparison.Ordinal);
        var accountant = await wang.GetAsync("/audit");
        Assert.Equal(HttpStatusCode.Redirect, accountant.StatusCode);
        Assert.Contains("/account/access-denied", accountant.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await app.NewClient().GetAsync("/audit")).StatusCode); // to the login page
    }

    [Fact]
    public async Task Pages_hold_fifty_entries_newest_first()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        await AuditSeeding.AddAsync(app, Enumerable.Range(1, 120).Select(i =>
            AuditSeeding.Entry(AuditActions.OriginalDownloaded, TestOrg.VillageA1, $"S{i:D3}", start.AddMinutes(i))).ToArray());
        await app.CreateUserAsync("zhou", PortalRole.Inspector, TestOrg.District);
        var client = await app.LoginAsync("zhou");

        var first = await client.GetStringAsync("/audit?action=submission.download-original");
        var last = await client.GetStringAsync("/audit?action=submission.download-original&page=3");

        Assert.Equal(50, Rows(first));
        Assert.Contains("共 120 条（第 1/3 页", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("S120", StringComparison.Ordinal) < first.IndexOf("S119", StringComparison.Ordinal));
        Assert.DoesNotContain("S070", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/audit?action=submission.download-original&amp;page=2\"", first, StringComparison.Ordinal);
        Assert.Equal(20, Rows(last));
        Assert.Contains("S001", last, StringComparison.Ordinal);
        // A page past the end shows the last one; a page that is not a number shows the first.
        Assert.Contains("第 3/3 页", await client.GetStringAsync("/audit?page=99"), StringComparison.Ordinal);
        Assert.Contains("第 1/3 页", await client.GetStringAsync("/audit?page=abc"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_combine()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var at = new DateTimeOffset(2026, 11, 10, 2, 0, 0, TimeSpan.Zero);
        await AuditSeeding.AddAsync(app,
            AuditSeeding.Entry(AuditActions.Approve, TestOrg.VillageA1, "41", at, "li"),
            AuditSeeding.Entry(AuditActions.Approve, TestOrg.VillageA2, "42", at, "li"),
            AuditSeeding.Entry(AuditActions.Approve, TestOrg.VillageB1, "43", at, "li"),
            AuditSeeding.Entry(AuditActions.Reject, TestOrg.VillageA1, "44", at, "li"),
            AuditSeeding.Entry(AuditActions.Approve, TestOrg.VillageA1, "45", at, "zhang"),
            AuditSeeding.Entry(AuditActions.Approve, TestOrg.VillageA1, "99", at, "li"),
            AuditSeeding.Entry(AuditActions.Approve, TestOrg.VillageA1, "46", at.AddDays(-3), "li"));
        await app.CreateUserAsync("zhou", PortalRole.Inspector, TestOrg.District);
        var client = await app.LoginAsync("zhou");

        var html = await client.GetStringAsync("/audit?from=2026-11-10&to=2026-11-10&action=submission.approve&org=9901-01&user=li&text=4");

        Assert.Equal(2, Rows(html));
        Assert.Contains("上报 41", html, StringComparison.Ordinal);
        Assert.Contains("上报 42", html, StringComparison.Ordinal);
        Assert.Equal(1, Rows(await client.GetStringAsync("/audit?org=9901-01-01&user=li&text=4&action=submission.approve&from=2026-11-10")));
        Assert.Equal(4, Rows(await client.GetStringAsync("/audit?org=9901-01-01&user=li"))); // 41, 44, 46, 99
    }

    [Theory]
    [InlineData("/audit?from=2026-13-45", "“从”这个日期看不懂")]
    [InlineData("/audit?to=yesterday", "“到”这个日期看不懂")]
    [InlineData("/audit?from=2026-11-30&to=2026-11-01", "开始日期晚于结束日期")]
    [InlineData("/audit?org=%27%20OR%201%3D1", "机构代码只由数字和“-”组成")]
    [InlineData("/audit?action=drop", "请从列表中选择操作类型")]
    public async Task Bad_input_gets_a_clear_message_not_an_error_page(string url, string message)
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        await app.CreateUserAsync("zhou", PortalRole.Inspector, TestOrg.District);

        var response = await (await app.LoginAsync("zhou")).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("error-summary", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_writes_no_audit_line()
    {
        using var app = await AuditSeeding.AppWithUploadAsync();
        await app.CreateUserAsync("zhou", PortalRole.Inspector, TestOrg.District);
        var client = await app.LoginAsync("zhou");
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        await client.GetStringAsync("/audit");
        await client.GetStringAsync(UploadSearch);

        Assert.Equal(before, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public void Every_action_has_a_name_and_every_name_an_English_text()
    {
        var codes = typeof(AuditActions).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        var english = System.Xml.Linq.XDocument.Load(RepositoryFiles.PathOf("src", "ThreeAssets.Web", "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(codes, c => !AuditActionNames.IsKnown(c));
        Assert.DoesNotContain(AuditActionNames.All, a => !english.Contains(a.Name));
    }

    private static int Rows(string html) => RowHeader().Count(html);

    [GeneratedRegex("<th scope=\"row\">")]
    private static partial Regex RowHeader();
}
