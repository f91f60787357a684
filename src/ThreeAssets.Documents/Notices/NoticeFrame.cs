using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ThreeAssets.Documents.Layout;

namespace ThreeAssets.Documents.Notices;

/// <summary>
/// What every page of a notice carries, so that a single sheet taken from a notice board can still be
/// identified and verified: a running title on continuation pages, and a footer with the fingerprint
/// and 第 x 页 / 共 y 页; in demo mode a 演示数据 watermark.
/// </summary>
internal static class NoticeFrame
{
    public static void RunningTitle(PageFlow flow, NoticeDocument n)
    {
        var style = flow.Style;
        var height = NoticeStyle.LineHeight(style.Small);
        var text = $"{NoticeText.Title(n)}（第 {n.Version} 版）{(n.IsDemo ? "　演示数据" : "")}";
        flow.Gfx.DrawString(text, style.Small, style.Muted, new XRect(PageFlow.Left, flow.Y, flow.Width, height), XStringFormats.CenterLeft);
        flow.Y += height + 6;
    }

    public static void Stamp(IReadOnlyList<PdfPage> pages, NoticeDocument n, NoticeStyle style)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            if (n.IsDemo) Watermark(page, style);
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point - 2 * PageFlow.Margin;
            var top = page.Height.Point - PageFlow.Margin - PageFlow.FooterBand + 8;
            var lineHeight = NoticeStyle.LineHeight(style.Small);
            gfx.DrawLine(style.Grid, PageFlow.Left, top, PageFlow.Left + width, top);

            var first = new XRect(PageFlow.Left, top + 3, width, lineHeight);
            gfx.DrawString($"公示指纹：{n.Fingerprint}", style.Small, style.Ink, first, XStringFormats.CenterLeft);
            gfx.DrawString($"第 {i + 1} 页 / 共 {pages.Count} 页", style.Small, style.Ink, first, XStringFormats.CenterRight);
            var second = first with { Y = first.Y + lineHeight };
            // A sheet without the QR code (page 2 onwards) still tells where to check it: /verify.
            gfx.DrawString($"核验真伪：访问 {NoticeText.VerifyUrl(n)} 输入公示指纹，或扫描首页二维码。{(n.IsDemo ? "（演示数据）" : "")}",
                style.Small, n.IsDemo ? style.Alert : style.Muted, second, XStringFormats.CenterLeft);
        }
    }

    // Drawn beneath the page content (Prepend) so the pale mark never hides a figure.
    private static void Watermark(PdfPage page, NoticeStyle style)
    {
        using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Prepend);
        var centre = new XPoint(page.Width.Point / 2, page.Height.Point / 2);
        gfx.RotateAtTransform(-35, centre);
        gfx.DrawString("演示数据", style.Mark, style.Watermark, centre, XStringFormats.Center);
    }
}
