using ThreeAssets.Documents.Notices;
using ThreeAssets.Documents.Tests.Builders;

namespace ThreeAssets.Documents.Tests.Notices;

public class RegisterNoticeTests
{
    private static readonly NoticeRenderer Renderer = new();

    [Fact]
    public void Assets_notice_lists_the_register_with_totals_by_category_and_status()
    {
        // 6 assets: original 10,000.00 × i (sum 210,000.00), depreciation 1,000.00 × i; 3 and 6 leased at 1,200.00.
        var text = PdfText.All(Renderer.Render(NoticeBuilder.Assets(6).Build()));

        Assert.Contains("青河村2026年第三季度资产公开", text);
        Assert.Contains("截至2026年9月30日", text);
        Assert.Contains("ZC-004资产4号村部仓库", text);
        Assert.Contains("合计（6项）210,000.0021,000.00189,000.00", text);
        Assert.Contains("按资产类别汇总", text);
        Assert.Contains("房屋及建筑物290,000.009,000.0081,000.002,400.00", text);
        Assert.Contains("按使用状态汇总", text);
        Assert.Contains("在用4120,000.00", text);
        Assert.Contains("出租出借290,000.00", text);
    }

    [Fact]
    public void Resources_notice_lists_the_register_with_totals_by_type_contracted_area_and_fees()
    {
        // 6 plots of 10.50 mu; 1, 3, 5 contracted at 8,400.00 a year, half of it received.
        var text = PdfText.All(Renderer.Render(NoticeBuilder.Resources(6).Build()));

        Assert.Contains("青河村2026年第三季度资源公开", text);
        Assert.Contains("ZY-003东坡3号地块林地10.50", text);
        Assert.Contains("2024-01-01至2033-12-31", text);
        Assert.Contains("合计（6块）63.00", text);
        Assert.Contains("663.0031.50（50.0%）25,200.0012,600.00", text);
        Assert.Contains("按资源类型汇总", text);
        Assert.Contains("耕地442.0021.0050.0%16,800.00", text);
        Assert.Contains("林地221.0010.5050.0%8,400.00", text);
    }

    [Fact]
    public void Empty_register_still_gives_a_notice_with_zero_totals()
    {
        var text = PdfText.All(Renderer.Render(NoticeBuilder.Assets(0).Build()));

        Assert.Contains("合计（0项）0.000.000.00", text);
    }
}
