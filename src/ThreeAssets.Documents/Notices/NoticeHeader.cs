using PdfSharp.Drawing;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Documents.Layout;
using static ThreeAssets.Documents.Notices.NoticeText;

namespace ThreeAssets.Documents.Notices;

/// <summary>The top of a notice's first page: title, who and when, QR code, and a correction notice.</summary>
internal static class NoticeHeader
{
    private const double QrSize = 74;
    private const double QrGap = 12;

    public static void Draw(PageFlow flow, NoticeDocument n)
    {
        var style = flow.Style;
        if (n.IsDemo)
        {
            flow.Paragraph("演示数据：本公示由虚构的演示数据生成，不是真实的村务公开。", style.Heading, style.Alert);
            flow.Y += 4;
        }
        var top = flow.Y;
        var textWidth = flow.Width - QrSize - QrGap;

        DrawQr(flow, n, top);

        // Names come from the administrators' tree and can be long: everything beside the QR code wraps.
        flow.Y = top;
        WriteBesideQr(flow, Title(n), style.Title, textWidth);
        flow.Y += 4;

        var where = string.Join(" ", new[] { n.DistrictName, n.TownshipName, n.VillageName }.Where(s => !string.IsNullOrWhiteSpace(s)));
        // Transactions happen within the period; a register is as it stood at its end.
        var period = !LedgerKinds.Of(n.Kind).IsSnapshot
            ? $"公开期间：{n.Period.ToChinese()}（{Date(n.Period.Start)}至{Date(n.Period.End)}）"
            : $"公开期间：{n.Period.ToChinese()}（截至 {Date(n.Period.End)} 的台账）";
        WriteBesideQr(flow, $"单位：{where}", style.Body, textWidth);
        WriteBesideQr(flow, period, style.Body, textWidth);
        WriteBesideQr(flow, $"版本：第 {n.Version} 版　　公布日期：{Date(PublishedDate(n))}", style.Body, textWidth);
        WriteBesideQr(flow, $"审核单位：{n.ApprovingOrganisation}", style.Body, textWidth);
        flow.Y = Math.Max(flow.Y, top + QrSize + NoticeStyle.LineHeight(style.Small)) + 8;

        if (n.Supersedes is { } old) DrawCorrection(flow, n, old);
    }

    private static void WriteBesideQr(PageFlow flow, string text, XFont font, double width)
    {
        var lineHeight = NoticeStyle.LineHeight(font);
        foreach (var line in TextWrap.Lines(text, font, width, flow.Gfx))
        {
            flow.Gfx.DrawString(line, font, flow.Style.Ink, new XRect(PageFlow.Left, flow.Y, width, lineHeight), XStringFormats.CenterLeft);
            flow.Y += lineHeight;
        }
    }

    private static void DrawQr(PageFlow flow, NoticeDocument n, double top)
    {
        var x = PageFlow.Left + flow.Width - QrSize;
        using var image = XImage.FromStream(new MemoryStream(QrCode.Bitmap(n.PublicationUrl)));
        // Without interpolation viewers and printers keep the module edges hard.
        image.Interpolate = false;
        flow.Gfx.DrawImage(image, x, top, QrSize, QrSize);
        flow.Gfx.DrawString("扫码查看、核验、提问", flow.Style.Small, flow.Style.Muted,
            new XRect(x - 10, top + QrSize, QrSize + 20, NoticeStyle.LineHeight(flow.Style.Small)), XStringFormats.Center);
    }

    // Framed in red so that a resident comparing two printouts sees at once which one is current.
    private static void DrawCorrection(PageFlow flow, NoticeDocument n, NoticeSupersession old)
    {
        var style = flow.Style;
        var replaced = old.Fingerprint is null ? $"第 {old.Version} 版" : $"第 {old.Version} 版（指纹 {old.Fingerprint}）";
        var text = $"更正公示：本公示为第 {n.Version} 版，更正并替代此前公布的{replaced}，原公示作废。更正原因：{old.Reason}";
        var lines = TextWrap.Lines(text, style.Body, flow.Width - 12, flow.Gfx);
        var lineHeight = NoticeStyle.LineHeight(style.Body);
        var box = new XRect(PageFlow.Left, flow.Y, flow.Width, lines.Count * lineHeight + 8);
        flow.Gfx.DrawRectangle(style.AlertPen, box);
        var y = box.Y + 4;
        foreach (var line in lines)
        {
            flow.Gfx.DrawString(line, style.Body, style.Alert, new XRect(box.X + 6, y, box.Width - 12, lineHeight), XStringFormats.CenterLeft);
            y += lineHeight;
        }
        flow.Y = box.Bottom + 10;
    }
}
