using PdfSharp.Fonts;

namespace ThreeAssets.Documents.Fonts;

/// <summary>
/// Serves the notice font to PDFsharp. On Linux PDFsharp 6 finds no system fonts by itself, so every
/// family a notice uses is resolved here, to the regular or the bold face.
/// </summary>
internal sealed class NoticeFontResolver(NoticeFontOptions options) : IFontResolver
{
    /// <summary>The family name notices ask for; any other name gets the same faces.</summary>
    public const string FamilyName = "ThreeAssets Notice";

    private const string RegularFace = "notice-regular";
    private const string BoldFace = "notice-bold";

    public NoticeFontOptions Options { get; } = options;

    // Italic is never used in notices; CJK fonts have no italic face, so it falls back to upright.
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace);

    // PDFsharp calls this once per face and caches the font source; no cache is needed here.
    public byte[] GetFont(string faceName) =>
        File.ReadAllBytes(faceName == BoldFace ? Options.BoldPath : Options.RegularPath);
}
