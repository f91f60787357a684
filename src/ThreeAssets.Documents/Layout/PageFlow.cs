using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ThreeAssets.Documents.Layout;

/// <summary>
/// Lays content down A4 portrait pages from top to bottom, starting a new page when a block does not
/// fit. The footer band stays free: the page frame (page x of y, fingerprint) is drawn afterwards,
/// when the number of pages is known.
/// </summary>
internal sealed class PageFlow(PdfDocument document, NoticeStyle style, Action<PageFlow>? onContinuationPage = null) : IDisposable
{
    public const double Margin = 36;      // 12.7 mm: inside what office and village printers can print
    public const double FooterBand = 30;

    private readonly List<PdfPage> pages = [];
    private XGraphics? gfx;

    public NoticeStyle Style { get; } = style;
    public IReadOnlyList<PdfPage> Pages => pages;
    public double Y { get; set; }
    public static double Left => Margin;
    public double Width => CurrentPage.Width.Point - 2 * Margin;
    public double Bottom => CurrentPage.Height.Point - Margin - FooterBand;
    public XGraphics Gfx => gfx ?? throw new InvalidOperationException("No page started.");
    private PdfPage CurrentPage => pages.Count > 0 ? pages[^1] : throw new InvalidOperationException("No page started.");

    public void NewPage()
    {
        gfx?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Portrait;
        pages.Add(page);
        gfx = XGraphics.FromPdfPage(page);
        Y = Margin;
        if (pages.Count > 1) onContinuationPage?.Invoke(this);
    }

    public bool Fits(double height) => Y + height <= Bottom;

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void EnsureSpace(double height)
    {
        if (!Fits(height)) NewPage();
    }

    /// <summary>Writes wrapped text across the full width and moves down.</summary>
    public void Paragraph(string text, XFont font, XBrush brush, double indent = 0)
    {
        var lineHeight = NoticeStyle.LineHeight(font);
        foreach (var line in TextWrap.Lines(text, font, Width - indent, Gfx))
        {
            EnsureSpace(lineHeight);
            Gfx.DrawString(line, font, brush, new XRect(Left + indent, Y, Width - indent, lineHeight), XStringFormats.CenterLeft);
            Y += lineHeight;
        }
    }

    public void Dispose()
    {
        gfx?.Dispose();
        gfx = null;
    }
}
