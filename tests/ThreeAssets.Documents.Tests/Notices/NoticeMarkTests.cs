using ThreeAssets.Documents.Notices;
using ThreeAssets.Documents.Tests.Builders;

namespace ThreeAssets.Documents.Tests.Notices;

public class NoticeMarkTests
{
    private static readonly NoticeRenderer Renderer = new();

    [Fact]
    public void Demo_notice_is_marked_on_every_page()
    {
        var pages = PdfText.Pages(Renderer.Render(NoticeBuilder.Funds(60).AsDemo().Build()));

        Assert.Contains("演示数据：本公示由虚构的演示数据生成", pages[0]);
        Assert.All(pages, page => Assert.Contains("演示数据", page));
    }

    [Fact]
    public void Real_notice_carries_no_demo_mark()
    {
        var text = PdfText.All(Renderer.Render(NoticeBuilder.Funds().Build()));

        Assert.DoesNotContain("演示", text);
    }

    [Fact]
    public void Correction_says_which_version_it_replaces_and_why()
    {
        var notice = NoticeBuilder.Resources(4).AsCorrectionOf(1, "第3号地块承包费录入错误", "1111-2222").Build();

        var text = PdfText.All(Renderer.Render(notice));

        Assert.Contains("第2版", text);
        Assert.Contains("更正并替代此前公布的第1版（指纹1111-2222）", text);
        Assert.Contains("更正原因：第3号地块承包费录入错误", text);
    }

    [Fact]
    public void First_version_mentions_no_correction()
    {
        var text = PdfText.All(Renderer.Render(NoticeBuilder.Funds().Build()));

        Assert.DoesNotContain("更正", text);
    }
}
