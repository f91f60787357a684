namespace ThreeAssets.Documents.Fonts;

/// <summary>
/// Where the TrueType Simplified-Chinese font for PDF notices lives. The default is the Noto Sans SC
/// file that the build copies next to the assembly (Fonts/NotoSansSC-Regular.ttf).
/// </summary>
/// <remarks>
/// The font must be TrueType (glyf outlines): PDFsharp embeds a subset of it, and cannot do so with
/// OpenType/CFF fonts (.otf, Noto CJK .ttc, Source Han). A .ttc collection needs one face extracted.
/// </remarks>
public sealed record NoticeFontOptions
{
    /// <summary>Path of the regular face (.ttf).</summary>
    public string RegularPath { get; init; } = DefaultPath("NotoSansSC-Regular.ttf");

    /// <summary>
    /// Optional bold face (.ttf) for titles, table headers and totals. Null (the default) emboldens the
    /// regular face instead: each notice then embeds one font subset rather than two, ~40% smaller and faster.
    /// </summary>
    public string? BoldPath { get; init; }

    /// <summary>The file the build copies next to the application, bold simulated.</summary>
    public static NoticeFontOptions Default { get; } = new();

    // AppContext.BaseDirectory rather than Assembly.Location: the latter is empty in single-file apps.
    private static string DefaultPath(string file) => Path.Combine(AppContext.BaseDirectory, "Fonts", file);
}
