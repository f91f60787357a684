namespace ThreeAssets.Documents.Fonts;

/// <summary>
/// Where the TrueType Simplified-Chinese font for PDF notices lives. The defaults are the Noto Sans SC
/// files that the build copies next to the assembly (Fonts/NotoSansSC-Regular.ttf and -Bold.ttf).
/// </summary>
/// <remarks>
/// The font must be TrueType (glyf outlines): PDFsharp embeds a subset of it, and cannot do so with
/// OpenType/CFF fonts (.otf, Noto CJK .ttc, Source Han). A .ttc collection needs one face extracted.
/// </remarks>
public sealed record NoticeFontOptions
{
    /// <summary>Path of the regular face (.ttf).</summary>
    public string RegularPath { get; init; } = DefaultPath("NotoSansSC-Regular.ttf");

    /// <summary>Path of the bold face (.ttf), used for titles, table headers and totals.</summary>
    public string BoldPath { get; init; } = DefaultPath("NotoSansSC-Bold.ttf");

    /// <summary>The files the build copies next to the application.</summary>
    public static NoticeFontOptions Default { get; } = new();

    // AppContext.BaseDirectory rather than Assembly.Location: the latter is empty in single-file apps.
    private static string DefaultPath(string file) => Path.Combine(AppContext.BaseDirectory, "Fonts", file);
}
