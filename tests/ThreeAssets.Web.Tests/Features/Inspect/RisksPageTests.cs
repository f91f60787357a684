using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Tests.Risks;

namespace ThreeAssets.Web.Tests.Features.Inspect;

/// <summary>/inspect/risks, its decisions, GET /api/v1/risks and /admin/thresholds, over warnings made by a real publication.</summary>
public sealed class RisksPageTests
{
    private static readonly Period October = Period.OfMonth(2026, 10);

    private static async Task<(PortalApp App, long Publication)> PublishedAsync()
    {
        var app = new PortalApp();
        await app.SeedOrgAsync();
        var id = await app.PublishFundsAsync(TestOrg.VillageA1, October, RiskWorld.CashAndSplit);
        return (app, id);
    }

    /// <summary>The warnings table alone (the rule-quality table below it names every rule).</summary>
    private static string Listed(string html)
    {
        var start = html.IndexOf("risk-table", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static Task<long> AlertIdAsync(PortalApp app, string code) =>
        app.WithDbAsync(db => db.RiskAlerts.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    [Fact]
    public async Task An_inspector_sees_the_warnings_of_the_district_and_follows_one_to_its_unmasked_evidence_row()
    {
        var (app, publication) = await PublishedAsync();
        using var _ = app;
        await app.CreateUserAsync("zhou", PortalRole.Inspector, TestOrg.District);
        var client = await app.LoginAsync("zhou");

        var list = await client.GetStringAsync("/inspect/risks");
        Assert.Contains("RISK-CASH", list, StringComparison.Ordinal);
        Assert.Contains("RISK-SPLIT", list, StringComparison.Ordinal);
        Assert.Contains("红色 1 条", list, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/inspect/risks\">风险预警</a>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("RISK-SPLIT", Listed(await client.GetStringAsync("/inspect/risks?code=RISK-CASH")), StringComparison.Ordinal);
        Assert.DoesNotContain("RISK-CASH", Listed(await client.GetStringAsync("/inspect/risks?colour=red")), StringComparison.Ordinal);
        Assert.Contains("没有符合条件的预警", await client.GetStringAsync("/inspect/risks?scope=9901-02"), StringComparison.Ordinal);

        var cash = await AlertIdAsync(app, "RISK-CASH");
        var detail = await client.GetStringAsync($"/inspect/risks/{cash}");
        Assert.Contains($"/publications/{publication}?page=1#row-2", detail, StringComparison.Ordinal);
        Assert.Contains("<td>王五</td>", detail, StringComparison.Ordinal); // unmasked for the inspector
        Assert.Contains("大额支出应通过银行转账", detail, StringComparison.Ordinal); // the rule's basis
        // The public page has the anchor the evidence link scrolls to.
        Assert.Contains("<tr id=\"row-2\">", await app.NewClient().GetStringAsync($"/publications/{publication}?page=1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dismissing_needs_a_reason_is_audited_and_counts_against_the_rule()
    {
        var (app, _) = await PublishedAsync();
        using var __ = app;
        await app.CreateUserAsync("zhou", PortalRole.Inspector, TestOrg.District);
        var client = await app.LoginAsync("zhou");
        var cash = await AlertIdAsync(app, "RISK-CASH");
        var page = $"/inspect/risks/{cash}";

        var refused = await client.PostFormAsync(page, page + "/decision", new() { ["status"] = "Dismissed", ["reason"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("排除预警必须写明理由", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RiskAlertStatus.Open, await app.WithDbAsync(db => db.RiskAlerts.Where(a => a.Id == cash).Select(a => a.Status).SingleAsync()));

        var numbered = await client.PostFormAsync(page, page + "/decision", new() { ["status"] = "1" });
        Assert.Equal(HttpStatusCode.BadRequest, numbered.StatusCode);
        var dismissed = await client.PostFormAsync(page, page + "/decision", new() { ["status"] = "Dismissed", ["reason"] = "村民代领的劳务费，有签收单" });
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        var alert = await app.WithDbAsync(db => db.RiskAlerts.SingleAsync(a => a.Id == cash));
        Assert.Equal((RiskAlertStatus.Dismissed, "村民代领的劳务费，有签收单"), (alert.Status, alert.StatusReason));
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.RiskDismissed));
        Assert.Equal(("zhou", TestOrg.VillageA1, cash.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.UserName, entry.OrgCode, entry.TargetId));

        var list = await client.GetStringAsync("/inspect/risks");
        Assert.Matches(@"RISK-CASH <span class=""hint"">[^<]+</span></th>\s*<td class=""num"">1</td>\s*<td class=""num"">1</td>\s*<td class=""num"">1</td>\s*<td class=""num"">100%</td>", list);
        Assert.Contains("村民代领的劳务费", await client.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_outside_the_scope_do_not_exist_and_other_roles_are_refused()
    {
        var (app, _) = await PublishedAsync();
        using var __ = app;
        await app.SeedOtherDistrictAsync();
        await app.CreateUserAsync("qian", PortalRole.Inspector, "9902");
        await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var cash = await AlertIdAsync(app, "RISK-CASH");

        var outsider = await app.LoginAsync("qian");
        Assert.Contains("没有符合条件的预警", await outsider.GetStringAsync("/inspect/risks"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/inspect/risks/{cash}")).StatusCode);
        var token = await outsider.AntiforgeryTokenAsync("/inspect/risks");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync("/inspect/risks", $"/inspect/risks/{cash}/decision",
            new() { ["status"] = "Seen" })).StatusCode);
        Assert.NotNull(token);

        var accountant = await app.LoginAsync("wang");
        var denied = await accountant.GetAsync("/inspect/risks");
        Assert.Contains("/account/access-denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var anonymous = app.NewClient();
        var login = await anonymous.GetAsync("/inspect/risks");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("/account/login", login.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_risks_api_lists_warnings_as_design_says_for_inspector_tokens_only()
    {
        var (app, publication) = await PublishedAsync();
        using var __ = app;
        var inspector = await app.CreateUserAsync("zhou", PortalRole.Inspector, TestOrg.District);
        var accountant = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(inspector.Id));

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/risks?scope=9901-01&code=RISK-SPLIT"));
        var split = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("RISK-SPLIT", split.GetProperty("code").GetString());
        Assert.Equal("red", split.GetProperty("colour").GetString());
        Assert.Equal(TestOrg.TownshipA, split.GetProperty("township").GetString());
        Assert.Equal(TestOrg.VillageA1, split.GetProperty("village").GetString());
        Assert.Equal("甲一村", split.GetProperty("villageName").GetString());
        Assert.Equal("funds", split.GetProperty("kind").GetString());
        Assert.Equal("2026-10", split.GetProperty("period").GetString());
        Assert.Equal(publication, split.GetProperty("publicationId").GetInt64());
        Assert.Equal([3, 4], split.GetProperty("rows").EnumerateArray().Select(r => r.GetInt32()));
        Assert.Equal("open", split.GetProperty("status").GetString());
        Assert.Contains("赵六", split.GetProperty("message").GetString(), StringComparison.Ordinal);

        Assert.Empty(JsonDocument.Parse(await client.GetStringAsync("/api/v1/risks?scope=9901-02")).RootElement.EnumerateArray());
        Assert.Empty(JsonDocument.Parse(await client.GetStringAsync("/api/v1/risks?status=cleared")).RootElement.EnumerateArray());
        // Enum values by name only: a number is not a colour.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/risks?colour=1")).StatusCode);
        var bad = await client.GetAsync("/api/v1/risks?code=RISK-NOPE");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("没有这个预警规则代码", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var other = app.NewClient();
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(accountant.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/v1/risks")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().GetAsync("/api/v1/risks")).StatusCode);
    }

    [Fact]
    public async Task Changing_a_threshold_is_audited_and_recomputes_the_districts_warnings()
    {
        var (app, _) = await PublishedAsync();
        using var __ = app;
        await app.CreateUserAsync("root", PortalRole.Admin);
        var admin = await app.LoginAsync("root");
        var form = new Dictionary<string, string>
        {
            ["District"] = TestOrg.District, ["CashPayment"] = "3000", ["ApprovalThreshold"] = "5000", ["NearLimitPercent"] = "95",
            ["NearLimitCount"] = "3", ["HospitalityWords"] = "招待，宴请", ["DuplicateDays"] = "30", ["ConcentrationPercent"] = "30",
            ["ConcentrationAmount"] = "50000", ["LowRentPercent"] = "70", ["MaxLetYears"] = "15", ["MaxLeaseYears"] = "20",
            ["ExpiringDays"] = "90", ["PrivateAgreementFee"] = "50000", ["AnswerDays"] = "10", ["Colours[RISK-SPLIT]"] = "Yellow",
        };

        var refused = await admin.PostFormAsync("/admin/thresholds", "/admin/thresholds", new(form) { ["CashPayment"] = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var saved = await admin.PostFormAsync("/admin/thresholds", "/admin/thresholds", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var alerts = await app.AlertsAsync(TestOrg.VillageA1);
        Assert.NotNull(alerts.Single(a => a.Code == "RISK-CASH").ClearedAt); // 2,000 元 in cash is under the new 3,000
        Assert.Equal(Core.Risks.RiskColour.Yellow, alerts.Single(a => a.Code == "RISK-SPLIT").Colour);
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.ThresholdsChanged));
        Assert.Contains("300000", entry.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("value=\"3000", await admin.GetStringAsync("/admin/thresholds"), StringComparison.Ordinal);

        await app.CreateUserAsync("zhou", PortalRole.Inspector, TestOrg.District);
        var denied = await (await app.LoginAsync("zhou")).GetAsync("/admin/thresholds");
        Assert.Contains("/account/access-denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
