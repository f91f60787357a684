using System.Text.RegularExpressions;

namespace ThreeAssets.Web.Tests.Features.Publications;

/// <summary>UX.md's table rules on every public page with tables: a caption, header cells with scope, right-aligned amounts.</summary>
public sealed partial class TableMarkupTests
{
    [Fact]
    public async Task Every_public_table_has_a_caption_and_scoped_header_cells()
    {
        using var app = new PortalApp();
        var seeded = await PublicLedgerSeed.SeedAsync(app);
        var client = app.NewClient();
        string[] paths = ["/townships/9901-01", "/villages/9901-01-01", $"/publications/{seeded.Funds}",
            $"/publications/{seeded.Assets}", $"/publications/{seeded.Resources}"];

        var problems = new List<string>();
        foreach (var path in paths)
        {
            var html = await client.GetStringAsync(path);
            var tables = Table().Matches(html);
            Assert.True(tables.Count > 0, $"{path} has no table");
            foreach (Match table in tables)
            {
                var caption = Caption().Match(table.Value);
                if (!caption.Success) problems.Add($"{path}: a table without a caption");
                problems.AddRange(HeaderCell().Matches(table.Value).Where(th => !th.Value.Contains("scope=", StringComparison.Ordinal))
                    .Select(th => $"{path}: {th.Value} has no scope"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Village_chart_tables_name_the_unit_the_period_and_the_publication_date()
    {
        using var app = new PortalApp();
        await PublicLedgerSeed.SeedAsync(app);

        var html = await app.NewClient().GetStringAsync("/villages/9901-01-01");

        // Seeded funds 10 October, assets and resources the same day (Beijing time).
        Assert.Contains("2026年各期收入与支出，单位：元，据截至 2026-10-10 公开的台账", html, StringComparison.Ordinal);
        Assert.Contains("2026年按科目的支出，单位：元，据截至 2026-10-10 公开的台账", html, StringComparison.Ordinal);
        Assert.Contains("最新资产台账（2026年第三季度，2026-10-10 公开）按类别的净值，单位：元", html, StringComparison.Ordinal);
        Assert.Contains("最新资源台账（2026年第三季度，2026-10-10 公开）按类型的面积，单位：亩", html, StringComparison.Ordinal);
        // The same numbers as the charts, as right-aligned cells that scroll inside their own box on a phone.
        Assert.Equal(4, TableInScrollBox().Count(html));
        Assert.Contains("<td class=\"num\">", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<table[\\s\\S]*?</table>")]
    private static partial Regex Table();

    [GeneratedRegex("<caption[^>]*>[\\s\\S]*?\\S[\\s\\S]*?</caption>")]
    private static partial Regex Caption();

    [GeneratedRegex("<th(\\s[^>]*)?>")]
    private static partial Regex HeaderCell();

    [GeneratedRegex("<div class=\"table-scroll\"><table class=\"table table-sm\">")]
    private static partial Regex TableInScrollBox();
}
