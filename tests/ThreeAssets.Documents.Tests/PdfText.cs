using UglyToad.PdfPig;

namespace ThreeAssets.Documents.Tests;

/// <summary>Reads a PDF back with PdfPig, as a resident's viewer or a search engine would.</summary>
internal static class PdfText
{
    /// <summary>The text of each page with all whitespace removed (PdfPig spaces CJK glyphs unpredictably).</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Squash(p.Text)).ToList();
    }

    public static string All(byte[] pdf) => string.Concat(Pages(pdf));

    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
