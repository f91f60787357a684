using PdfSharp.Fonts;

namespace ThreeAssets.Documents.Fonts;

/// <summary>
/// Serves the notice font to PDFsharp. On Linux PDFsharp 6 finds no system fonts by itself, so every
/// family a notice uses is resolved here, to the regular face or, when configured, the bold one.
/// </summary>
internal sealed class NoticeFontResolver(NoticeFontOptions options) : IFontResolver
{
    /// <summary>The family name notices ask for; any other name gets the same faces.</summary>
    public const string FamilyName = "ThreeAssets Notice";

    private const string RegularFace = "notice-regular";
    private const string BoldFace = "notice-bold";

    public NoticeFontOptions Options { get; } = options;

    // Without a bold file PDFsharp emboldens the regular face (fill and stroke), so a notice embeds a
    // single CJK subset: that halves its size and the time spent writing it. Italic is never used.
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        bold && Options.BoldPath is not null
            ? new FontResolverInfo(BoldFace)
            : new FontResolverInfo(RegularFace, mustSimulateBold: bold, mustSimulateItalic: false);

    // PDFsharp calls this once per face and caches the font source; no cache is needed here.
    public byte[] GetFont(string faceName) =>
        File.ReadAllBytes(faceName == BoldFace && Options.BoldPath is { } bold ? bold : Options.RegularPath);
}
