using PdfSharp.Drawing;
using ThreeAssets.Documents.Layout;
using ThreeAssets.Documents.Notices;

namespace ThreeAssets.Documents.Tests.Layout;

public class TextWrapTests
{
    private readonly XGraphics gfx;
    private readonly XFont font;

    public TextWrapTests()
    {
        _ = new NoticeRenderer(); // installs the font
        gfx = XGraphics.CreateMeasureContext(new XSize(600, 800), XGraphicsUnit.Point, XPageDirection.Downwards);
        font = new NoticeStyle().Table;
    }

    private double WidthOf(string text) => NoticeStyle.Width(gfx, text, font);

    [Fact]
    public void Text_that_fits_stays_on_one_line()
    {
        Assert.Equal(["收到土地承包费"], TextWrap.Lines("收到土地承包费", font, 200, gfx));
    }

    [Fact]
    public void Chinese_breaks_between_characters_and_no_line_is_too_wide()
    {
        const string text = "维修村委会屋顶漏水及更换排水管";
        var width = WidthOf("维修村委会");

        var lines = TextWrap.Lines(text, font, width, gfx);

        Assert.Equal(["维修村委会", "屋顶漏水及", "更换排水管"], lines);
    }

    [Fact]
    public void Numbers_move_to_the_next_line_whole()
    {
        var lines = TextWrap.Lines("收到补助 12,345.50", font, WidthOf("收到补助 12,3"), gfx);

        Assert.Equal(["收到补助", "12,345.50"], lines);
    }

    [Fact]
    public void A_code_wider_than_the_column_fills_the_line_before_breaking()
    {
        var lines = TextWrap.Lines("记-2026-1234567", font, WidthOf("记-2026-12"), gfx);

        Assert.Equal("记-2026-1234567", string.Concat(lines));
        Assert.StartsWith("记-2026", lines[0]);
        Assert.All(lines, l => Assert.True(WidthOf(l) <= WidthOf("记-2026-12")));
    }

    [Fact]
    public void Explicit_line_breaks_are_kept()
    {
        Assert.Equal(["赵**", "HT-2024-001"], TextWrap.Lines("赵**\nHT-2024-001", font, 200, gfx));
    }
}
