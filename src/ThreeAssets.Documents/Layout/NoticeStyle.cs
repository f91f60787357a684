using System.Collections.Concurrent;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ThreeAssets.Documents.Fonts;

namespace ThreeAssets.Documents.Layout;

/// <summary>Fonts, colours and text measuring shared by every part of a notice.</summary>
internal sealed class NoticeStyle
{
    // Unicode encoding writes a ToUnicode map, which is what makes the Chinese text extractable.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    // Glyph advance per em, by (bold, code point). Widths scale with the size, so one entry serves
    // every size, and wrapping a cell costs dictionary look-ups instead of a PDFsharp measurement
    // for every candidate line.
    private static readonly ConcurrentDictionary<(bool Bold, int CodePoint), double> EmWidths = new();

    public XFont Title { get; } = Font(16, bold: true);
    public XFont Heading { get; } = Font(10, bold: true);
    public XFont Body { get; } = Font(9, bold: false);
    public XFont Table { get; } = Font(7.5, bold: false);
    public XFont TableBold { get; } = Font(7.5, bold: true);
    public XFont Small { get; } = Font(7, bold: false);
    public XFont Mark { get; } = Font(60, bold: true);

    public XBrush Ink { get; } = XBrushes.Black;
    public XBrush Muted { get; } = new XSolidBrush(XColor.FromArgb(90, 90, 90));
    public XBrush Alert { get; } = new XSolidBrush(XColor.FromArgb(190, 20, 20));
    public XBrush HeaderFill { get; } = new XSolidBrush(XColor.FromArgb(232, 232, 232));
    public XBrush EmphasisFill { get; } = new XSolidBrush(XColor.FromArgb(245, 245, 245));
    public XBrush Watermark { get; } = new XSolidBrush(XColor.FromArgb(250, 218, 218));
    public XPen Grid { get; } = new(XColor.FromArgb(110, 110, 110), 0.4);
    public XPen AlertPen { get; } = new(XColor.FromArgb(190, 20, 20), 0.8);

    /// <summary>Line height used for a font: 1.35 em, enough for CJK glyphs not to touch.</summary>
    public static double LineHeight(XFont font) => font.Size * 1.35;

    /// <summary>Width of <paramref name="text"/> in points; CJK text has no kerning to lose by adding glyphs up.</summary>
    public static double Width(XGraphics gfx, string text, XFont font)
    {
        var bold = font.Bold;
        double em = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            em += EmWidths.GetOrAdd((bold, rune.Value),
                static (key, state) => state.gfx.MeasureString(new Rune(key.CodePoint).ToString(), state.unit).Width / 100,
                (gfx, unit: bold ? BoldUnit.Value : RegularUnit.Value));
        }
        return em * font.Size;
    }

    // 100 pt reference fonts for measuring; created lazily, after the resolver is registered.
    private static readonly Lazy<XFont> RegularUnit = new(() => Font(100, bold: false));
    private static readonly Lazy<XFont> BoldUnit = new(() => Font(100, bold: true));

    private static XFont Font(double size, bool bold) =>
        new(NoticeFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
}
