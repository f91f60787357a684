using PdfSharp.Drawing;
using ThreeAssets.Documents.Layout;

namespace ThreeAssets.Documents.Notices;

/// <summary>
/// The end of a notice: how to question it, and blanks for the village to sign and date the sheet it
/// posts (a posted notice is expected to carry the democratic finance group's signature and a date).
/// </summary>
internal static class NoticeClosing
{
    public static void Draw(PageFlow flow, NoticeDocument n)
    {
        var style = flow.Style;
        var lineHeight = NoticeStyle.LineHeight(style.Body);
        // Keep the explanation and the signature line together on one page.
        flow.EnsureSpace(lineHeight * 5 + 24);
        flow.Paragraph($"本公示经{n.ApprovingOrganisation}审核后公布，与公开平台上的公示一致，以平台为准。"
            + "村民如有疑问或异议，可扫描二维码在线提问并跟踪答复，也可向村务监督委员会或民主理财小组反映。",
            style.Body, style.Ink);
        flow.Y += 18;
        var width = flow.Width / 3;
        string[] blanks = ["民主理财小组（签字）：", "村务监督委员会（盖章）：", "张贴日期：　　年　　月　　日"];
        for (var i = 0; i < blanks.Length; i++)
        {
            flow.Gfx.DrawString(blanks[i], style.Body, style.Ink,
                new XRect(PageFlow.Left + i * width, flow.Y, width, lineHeight), XStringFormats.CenterLeft);
        }
        flow.Y += lineHeight;
    }
}
