using System.Text.RegularExpressions;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Documents.Notices;
using ThreeAssets.Documents.Tests.Builders;

namespace ThreeAssets.Documents.Tests.Notices;

public class FundsNoticeTests
{
    private static readonly NoticeRenderer Renderer = new();

    [Fact]
    public void Shows_title_place_period_version_and_approver()
    {
        var text = PdfText.All(Renderer.Render(NoticeBuilder.Funds().Build()));

        Assert.Contains("青河村2026年10月资金收支公开", text);
        Assert.Contains("东江区青河镇青河村", text);
        Assert.Contains("2026年10月1日至2026年10月31日", text);
        Assert.Contains("第1版", text);
        Assert.Contains("公布日期：2026年11月5日", text);
        Assert.Contains("审核单位：青河镇农村经营管理站", text);
    }

    [Fact]
    public void Shows_rows_opening_totals_and_closing_balance_with_separators()
    {
        // 12 rows: income 100.00 × (1,3,…,11) = 3,600.00; expense 10.00 × (2,4,…,12) = 420.00.
        var text = PdfText.All(Renderer.Render(NoticeBuilder.Funds(12).Build()));

        Assert.Contains("记-07", text);
        Assert.Contains("维修村委会屋顶漏水及更换排水管", text);
        Assert.Contains("期初余额", text);
        Assert.Contains("50,000.00", text);
        Assert.Contains("本期合计（12笔）3,600.00420.0053,180.00", text);
    }

    [Fact]
    public void Running_balance_follows_each_row()
    {
        var text = PdfText.All(Renderer.Render(NoticeBuilder.Funds(2).Build()));

        // 50,000.00 + 100.00 = 50,100.00, then − 20.00 = 50,080.00.
        Assert.Contains("100.0050,100.00", text);
        Assert.Contains("20.0050,080.00", text);
    }

    [Fact]
    public void Summarises_by_account()
    {
        var text = PdfText.All(Renderer.Render(NoticeBuilder.Funds(10).Build()));

        Assert.Contains("按科目汇总", text);
        // Account 51301 gets rows 2 and 7: expense 20.00 and income 700.00.
        Assert.Contains("51301管理费用-办公费2700.0020.00", text);
    }

    [Fact]
    public void Sixty_rows_run_over_pages_that_repeat_the_header_and_are_numbered()
    {
        var pages = PdfText.Pages(Renderer.Render(NoticeBuilder.Funds(60).Build()));

        Assert.True(pages.Count >= 2, $"expected at least 2 pages, got {pages.Count}");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"第{i + 1}页/共{pages.Count}页", pages[i]);
            Assert.Contains("公示指纹：7F3A-92C4-1BDE-0A55", pages[i]);
            Assert.Contains("访问https://sanzi.example.cn/verify输入公示指纹", pages[i]);
        }
        // Every page holding ledger rows starts them under the column header.
        foreach (var page in pages.Where(p => Regex.IsMatch(p, "记-\\d\\d")))
            Assert.Contains("日期凭证号摘要科目收入支出余额对方单位或个人", page);
        Assert.Contains("收支明细（单位：元；2026年10月）（续）", pages[1]);
        Assert.Contains("青河村2026年10月资金收支公开（第1版）", pages[1]);
        Assert.Contains("记-60", string.Concat(pages));
    }

    [Fact]
    public void A_quarter_closes_each_month_with_its_totals()
    {
        // Three rows in each month of Q4: incomes of 100.00 × (1, 3, 5, …), expenses of 10.00 × (2, 4, …).
        var notice = NoticeBuilder.Funds(9).With(n => n with
        {
            Period = Period.OfQuarter(2026, 4),
            Rows = n.RowsOf<FundsRow>().Select((r, i) => r with { Date = new DateOnly(2026, 10 + i / 3, 5) }).ToList(),
        }).Build();

        var text = PdfText.All(Renderer.Render(notice));

        // October: rows 1–3 = 100.00 + 300.00 in, 20.00 out; balance 50,380.00.
        Assert.Contains("10月合计（3笔）400.0020.0050,380.00", text);
        Assert.Contains("11月合计（3笔）500.00100.0050,780.00", text);
        Assert.Contains("12月合计（3笔）1,600.0080.0052,300.00", text);
        Assert.Contains("本期合计（9笔）2,500.00200.0052,300.00", text);
    }

    [Fact]
    public void A_month_has_no_monthly_totals()
    {
        Assert.DoesNotContain("月合计", PdfText.All(Renderer.Render(NoticeBuilder.Funds(40).Build())));
    }

    [Fact]
    public void A_funds_notice_without_summary_is_a_programming_error()
    {
        var notice = NoticeBuilder.Funds().With(n => n with { FundsSummary = null }).Build();

        Assert.Throws<ArgumentException>(() => Renderer.Render(notice));
    }
}
