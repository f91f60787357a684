using System.Net;
using System.Text.RegularExpressions;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Features.Publications;

public sealed partial class PublicationPageTests
{
    [Fact]
    public async Task Page_shows_caption_totals_fingerprint_downloads_and_the_question_entry()
    {
        using var app = new PortalApp();
        var seeded = await PublicLedgerSeed.SeedAsync(app);
        var fingerprint = await app.WithDbAsync(db => Task.FromResult(db.Publications.Single(p => p.Id == seeded.Funds).Fingerprint));

        var html = await app.NewClient().GetStringAsync($"/publications/{seeded.Funds}");

        Assert.Contains("甲一村 2026年第三季度 资金收支公开", html);
        Assert.Contains(fingerprint, html);
        Assert.Contains($"/verify?fingerprint={fingerprint}", html);
        Assert.Contains(Money.Format(seeded.Summary.Closing), html);
        Assert.Contains($"/publications/{seeded.Funds}/rows.csv", html);
        Assert.Contains($"/publications/{seeded.Funds}/rows.xlsx", html);
        Assert.Contains($"/publications/{seeded.Funds}/notice.pdf", html);
        Assert.Contains($"href=\"/publications/{seeded.Funds}/ask\"", html);
        Assert.Contains($"/publications/{seeded.Funds}/ask?row=1", html);
        Assert.Contains("单位：元", html);
    }

    [Fact]
    public async Task Table_is_paged_filtered_and_sorted_on_the_server()
    {
        using var app = new PortalApp();
        var seeded = await PublicLedgerSeed.SeedAsync(app, rowsPerMonth: 30);
        var client = app.NewClient();
        var rows = seeded.FundsRows;

        var first = await client.GetStringAsync($"/publications/{seeded.Funds}");
        Assert.Equal(50, DataRows(first));
        Assert.Contains("第 1/2 页", first);
        Assert.Equal(40, DataRows(await client.GetStringAsync($"/publications/{seeded.Funds}?page=2")));

        var august = await client.GetStringAsync($"/publications/{seeded.Funds}?month=8&flow=expense");
        Assert.Equal(rows.Count(r => r.Date.Month == 8 && r.Expense > 0), DataRows(august));
        Assert.DoesNotContain("2026-07-", Body(august));

        var sorted = await client.GetStringAsync($"/publications/{seeded.Funds}?sort=expense&desc=true");
        var largest = rows.Max(r => r.Expense);
        var firstRow = Body(sorted)[..Body(sorted).IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains(Money.Format(largest), firstRow);
    }

    [Fact]
    public async Task Anonymous_readers_see_masked_personal_data_and_a_scoped_inspector_sees_originals()
    {
        using var app = new PortalApp();
        var seeded = await PublicLedgerSeed.SeedAsync(app);

        var anonymous = await app.NewClient().GetStringAsync($"/publications/{seeded.Funds}");
        Assert.DoesNotContain(PublicLedgerSeed.Phone, anonymous);
        Assert.DoesNotContain(PublicLedgerSeed.IdNumber, anonymous);
        Assert.DoesNotContain(PublicLedgerSeed.Person, anonymous);
        Assert.Contains("138****5678", anonymous);
        Assert.Contains("330102********1234", anonymous);
        Assert.Contains("王**", anonymous);

        await app.CreateUserAsync("inspector", PortalRole.Inspector, TestOrg.District);
        var inspector = await app.LoginAsync("inspector");
        var response = await inspector.GetAsync($"/publications/{seeded.Funds}");
        var staff = await response.Content.ReadAsStringAsync();
        Assert.Contains(PublicLedgerSeed.Phone, staff);
        Assert.Contains(PublicLedgerSeed.IdNumber, staff);
        Assert.Contains(PublicLedgerSeed.Person, staff);
        Assert.True(response.Headers.CacheControl!.NoStore);

        // Out of scope: an inspector of another district reads what the public reads.
        await app.WithDbAsync(async db => { db.Districts.Add(new District { Code = "9902", Name = "别区" }); await db.SaveChangesAsync(); });
        await app.CreateUserAsync("other", PortalRole.Inspector, "9902");
        var other = await (await app.LoginAsync("other")).GetStringAsync($"/publications/{seeded.Funds}");
        Assert.DoesNotContain(PublicLedgerSeed.Phone, other);
    }

    [Fact]
    public async Task A_correction_supersedes_the_old_version_and_the_diff_names_the_changed_cell()
    {
        using var app = new PortalApp();
        var seeded = await PublicLedgerSeed.SeedAsync(app);
        var corrected = seeded.FundsRows.ToList();
        corrected[2] = corrected[2] with { Summary = "更正后的摘要" };
        var v2 = await app.PublishAsync(TestOrg.VillageA1, LedgerKind.Funds, "2026-Q3", corrected, seeded.Summary,
            correctionReason: "第3行摘要写错", publishedAt: PublicLedgerSeed.PublishedAt.AddDays(3));
        var client = app.NewClient();

        var old = await client.GetStringAsync($"/publications/{seeded.Funds}");
        Assert.Contains("这是旧版本，已被更正。", old);
        Assert.Contains($"href=\"/publications/{v2}\"", old);

        var current = await client.GetStringAsync($"/publications/{v2}");
        Assert.Contains("第3行摘要写错", current);
        Assert.Contains($"/publications/{v2}/diff", current);

        var diff = await client.GetStringAsync($"/publications/{v2}/diff");
        Assert.Contains("修改 1 行", diff);
        Assert.Contains($"「摘要」由 {seeded.FundsRows[2].Summary} 改为 更正后的摘要", diff);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/publications/{seeded.Funds}/diff")).StatusCode);
    }

    [Fact]
    public async Task Same_page_again_with_its_ETag_answers_304()
    {
        using var app = new PortalApp();
        var seeded = await PublicLedgerSeed.SeedAsync(app);
        var client = app.NewClient();

        foreach (var url in new[] { $"/publications/{seeded.Funds}", $"/publications/{seeded.Funds}/rows.csv" })
        {
            var first = await client.GetAsync(url);
            Assert.NotNull(first.Headers.ETag);
            Assert.StartsWith("public", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            using var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.IfNoneMatch.Add(first.Headers.ETag);
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        }
    }

    [Fact]
    public async Task A_negative_balance_says_deficit_in_words_as_well_as_by_sign_and_colour()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var day = new DateOnly(2026, 10, 8);
        var rows = new[]
        {
            new Core.Ledgers.FundsRow(0, day, "记-1", "支付抗旱水泵款", "511", "经营支出", 0, 1_500_00, -1_500_00, "银行转账", "水利站", "张三", "李四", 1),
        };
        var id = await app.PublishAsync(TestOrg.VillageA2, Core.Ledgers.LedgerKind.Funds, "2026-10", rows, new Core.Ledgers.FundsSummary(0, 0, 1_500_00, -1_500_00));

        var html = await app.NewClient().GetStringAsync($"/publications/{id}");

        Assert.Matches(@"<td class=""num deficit"">−1,500\.00\s*<span class=""deficit-word"">赤字</span>\s*</td>", Body(html));
    }

    private static string Body(string html) => html[html.IndexOf("<tbody>", StringComparison.Ordinal)..];

    // Data rows carry the per-row question link; month headings do not.
    private static int DataRows(string html) => AskLink().Count(Body(html));

    [GeneratedRegex("/ask\\?row=")]
    private static partial Regex AskLink();
}
