using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Synthetic;
using ThreeAssets.Data;
using ThreeAssets.Web.Tests.Features.Submissions;

namespace ThreeAssets.Web.Tests.Features.Inspect;

/// <summary>
/// /inspect/counterparties over ledgers published through the real pipeline: 甲一村 pays 碧水测试建材厂 twice in
/// Q3 (a correction then drops one payment) and lets it a plot in its Q2 and Q3 registers; 乙一村 pays it once.
/// </summary>
public sealed class CounterpartySearchTests : IClassFixture<CounterpartySearchTests.World>
{
    public const string Name = "碧水测试建材厂";

    public sealed class World : IAsyncLifetime
    {
        public PortalApp App { get; } = Uploads.App(); // 2026-11-20
        public FundsRow PaidA1 { get; private set; } = null!;
        public FundsRow PaidB1 { get; private set; } = null!;
        public ResourceRow LetA1 { get; private set; } = null!;
        public long FundsA1V2 { get; private set; }
        public long ResourcesA1Q3 { get; private set; }
        public int ResourceRowNo { get; private set; }

        public async Task InitializeAsync()
        {
            await App.SeedOrgAsync();
            await App.WithDbAsync(async db =>
            {
                var other = new District { Code = "9902", Name = "外区" };
                var township = new Township { Code = "9902-01", Name = "外镇" };
                township.Villages.Add(new Village { Code = "9902-01-01", Name = "外一村" });
                other.Townships.Add(township);
                db.Districts.Add(other);
                await db.SaveChangesAsync();
            });
            await App.CreateUserAsync("inspector", PortalRole.Inspector, TestOrg.District);
            await App.CreateUserAsync("inspector-other", PortalRole.Inspector, "9902");
            await App.CreateUserAsync("reviewer-b", PortalRole.Reviewer, TestOrg.TownshipB);
            await App.CreateUserAsync("acct", PortalRole.Accountant, TestOrg.VillageA1);

            var q3 = Period.OfQuarter(2026, 3);
            var (a1, a1Summary) = SyntheticLedgers.Funds(TestOrg.VillageA1, q3, 10_000_000);
            var expenses = a1.Select((r, i) => (r, i)).Where(x => x.r.Expense > 0).Select(x => x.i).ToList();
            var v1 = a1.ToList();
            v1[expenses[0]] = v1[expenses[0]] with { Counterparty = Name };
            v1[expenses[1]] = v1[expenses[1]] with { Counterparty = Name + "（二）" };
            await App.PublishAsync(TestOrg.VillageA1, LedgerKind.Funds, "2026-Q3", v1, a1Summary);
            // Version 2 corrects the second payee: the superseded version's row must no longer be found.
            var v2 = a1.ToList();
            v2[expenses[0]] = v2[expenses[0]] with { Counterparty = Name };
            PaidA1 = v2[expenses[0]];
            FundsA1V2 = await App.PublishAsync(TestOrg.VillageA1, LedgerKind.Funds, "2026-Q3", v2, a1Summary, correctionReason: "收款人写错");

            var (b1, b1Summary) = SyntheticLedgers.Funds(TestOrg.VillageB1, q3, 5_000_000);
            var b1Rows = b1.ToList();
            var b1Expense = b1Rows.FindIndex(r => r.Expense > 0);
            b1Rows[b1Expense] = b1Rows[b1Expense] with { Counterparty = Name };
            PaidB1 = b1Rows[b1Expense];
            await App.PublishAsync(TestOrg.VillageB1, LedgerKind.Funds, "2026-Q3", b1Rows, b1Summary);

            // The same contract in two registers of one year: listed twice, its fee counted once.
            foreach (var quarter in new[] { 2, 3 })
            {
                var resources = SyntheticLedgers.Resources(TestOrg.VillageA1, Period.OfQuarter(2026, quarter)).ToList();
                var let = resources.FindIndex(r => r.Contractor is not null);
                resources[let] = resources[let] with { Contractor = Name };
                LetA1 = resources[let];
                ResourceRowNo = let + 1;
                var id = await App.PublishAsync(TestOrg.VillageA1, LedgerKind.Resources, $"2026-Q{quarter}", resources);
                if (quarter == 3) ResourcesA1Q3 = id;
            }
        }

        private readonly Dictionary<string, Task<HttpClient>> _clients = [];

        /// <summary>One sign-in per user for the whole class: the login form is rate-limited per address.</summary>
        public Task<HttpClient> ClientAsync(string user)
        {
            lock (_clients)
                return _clients.TryGetValue(user, out var client) ? client : _clients[user] = App.LoginAsync(user);
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly World _world;

    public CounterpartySearchTests(World world) => _world = world;

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string user, string url)
    {
        var response = await (await _world.ClientAsync(user)).GetAsync(url);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static string Search(string q) => "/inspect/counterparties?q=" + Uri.EscapeDataString(q);

    [Fact]
    public async Task Inspector_finds_payments_and_contracts_across_the_district_from_current_versions_only()
    {
        var (status, html) = await GetAsync("inspector", Search("测试建材"));

        Assert.Equal(HttpStatusCode.OK, status);
        // 甲一村 v2 payment, 乙一村 payment, the contract in the Q2 and Q3 registers; not v1's 「（二）」 payment.
        Assert.Contains("找到 4 行名称含「测试建材」的记录。", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Name + "（二）", html, StringComparison.Ordinal);
        Assert.Contains("甲一村", html, StringComparison.Ordinal);
        Assert.Contains("乙一村", html, StringComparison.Ordinal);
        Assert.Contains(Money.Format(_world.PaidA1.Expense), html, StringComparison.Ordinal);
        Assert.Contains(Money.Format(_world.LetA1.AnnualFee!.Value), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Totals_per_village_and_year_count_each_contract_once_a_year()
    {
        var (_, html) = await GetAsync("inspector", Search(Name));

        var a1 = $"<th scope=\"row\">甲一村</th><td class=\"num\">2026</td><td class=\"num\">1</td><td class=\"num\">{Money.Format(_world.PaidA1.Income)}</td><td class=\"num\">{Money.Format(_world.PaidA1.Expense)}</td><td class=\"num\">1</td><td class=\"num\">{Money.Format(_world.LetA1.AnnualFee!.Value)}</td>";
        var b1 = $"<th scope=\"row\">乙一村</th><td class=\"num\">2026</td><td class=\"num\">1</td><td class=\"num\">{Money.Format(_world.PaidB1.Income)}</td><td class=\"num\">{Money.Format(_world.PaidB1.Expense)}</td><td class=\"num\">0</td><td class=\"num\">0.00</td>";
        var flat = System.Text.RegularExpressions.Regex.Replace(html, @">\s+<", "><");
        Assert.Contains(a1, flat, StringComparison.Ordinal);
        Assert.Contains(b1, flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_row_links_to_its_anchor_on_the_publication_page()
    {
        var (_, html) = await GetAsync("inspector", Search(Name));
        var evidence = $"/publications/{_world.ResourcesA1Q3}#row-{_world.ResourceRowNo}";
        Assert.Contains($"href=\"{evidence}\"", html, StringComparison.Ordinal);

        var (status, page) = await GetAsync("inspector", $"/publications/{_world.ResourcesA1Q3}");

        Assert.Equal(HttpStatusCode.OK, status);
        // Inspectors see the real name on the row the link points at.
        var row = System.Text.RegularExpressions.Regex.Match(page, $"<tr id=\"row-{_world.ResourceRowNo}\">(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(row.Success);
        Assert.Contains(Name, row.Groups[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_sees_only_their_township_and_another_districts_inspector_sees_nothing()
    {
        var (reviewerStatus, reviewer) = await GetAsync("reviewer-b", Search(Name));
        var (otherStatus, other) = await GetAsync("inspector-other", Search(Name));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (reviewerStatus, otherStatus));
        Assert.Contains("找到 1 行", reviewer, StringComparison.Ordinal);
        Assert.DoesNotContain("甲一村", reviewer, StringComparison.Ordinal);
        Assert.Contains("没有名称含「碧水测试建材厂」的交易对象", other, StringComparison.Ordinal);
        Assert.DoesNotContain("乙一村", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in_and_accountants_are_denied()
    {
        var anonymous = await _world.App.NewClient().GetAsync(Search(Name));
        var accountant = await (await _world.ClientAsync("acct")).GetAsync(Search(Name));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accountant.StatusCode);
        Assert.Contains("/account/access-denied", accountant.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%%")]
    [InlineData("__")]
    [InlineData("[碧]水")]
    [InlineData("\\%")]
    public async Task Like_wildcards_typed_in_the_name_match_only_themselves(string q)
    {
        var (status, html) = await GetAsync("inspector", Search(q));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("没有名称含", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%", "请至少输入名称中的 2 个字")]
    [InlineData("碧", "请至少输入名称中的 2 个字")]
    [InlineData("碧水测试建材厂碧水测试建材厂碧水测试建材厂碧水测试建材厂碧水测试建材厂碧水测试建材厂碧水测试建材厂碧水测试建材厂", "名称最多 50 个字")]
    public async Task Too_short_or_too_long_a_name_is_a_400_with_a_message(string q, string message)
    {
        var (status, html) = await GetAsync("inspector", Search(q));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_search_is_audited_with_the_name_searched_for()
    {
        await GetAsync("inspector", Search("审计测试"));

        var entry = await _world.App.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == "inspect.counterparty.search" && a.UserName == "inspector" && a.DetailsJson!.Contains("rows"))
            .OrderByDescending(a => a.Id).FirstAsync());
        using var details = JsonDocument.Parse(entry.DetailsJson!);
        Assert.Equal("审计测试", details.RootElement.GetProperty("q").GetString());
        Assert.Equal(TestOrg.District, entry.OrgCode);
        // Inspectors of the district find it in the audit log; a reviewer of a township below it does not.
        var (_, log) = await GetAsync("inspector", "/audit?action=inspect.counterparty.search");
        var (_, reviewerLog) = await GetAsync("reviewer-b", "/audit?action=inspect.counterparty.search");
        Assert.Contains("查询的名称：审计测试", log, StringComparison.Ordinal);
        Assert.DoesNotContain("审计测试", reviewerLog, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_name_each_township_shows_its_largest_payees_of_the_year()
    {
        var (status, html) = await GetAsync("inspector", "/inspect/counterparties");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("各乡镇 2026 年支出最多的交易对象", html, StringComparison.Ordinal);
        Assert.Contains("甲镇：2026 年支出金额最多的前 10 个交易对象", html, StringComparison.Ordinal);
        Assert.Contains("乙乡：2026 年支出金额最多的前 10 个交易对象", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/inspect/counterparties?q={Uri.EscapeDataString(Name)}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/inspect/counterparties\"", html, StringComparison.Ordinal); // the navigation link
    }
}
