using PdfSharp.Fonts;

namespace ThreeAssets.Documents.Fonts;

/// <summary>
/// Installs <see cref="NoticeFontResolver"/> as PDFsharp's process-wide font resolver, once.
/// PDFsharp allows the resolver to be set only before the first font operation, so renderers call
/// <see cref="EnsureRegistered"/> from any thread, as often as they like, with the same options.
/// </summary>
internal static class NoticeFonts
{
    private static readonly Lock Gate = new();
    private static NoticeFontResolver? registered;

    public static void EnsureRegistered(NoticeFontOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        lock (Gate)
        {
            if (registered is not null)
            {
                if (!SameFiles(registered.Options, options))
                    throw new InvalidOperationException(
                        $"The notice font is already set to '{registered.Options.RegularPath}'; PDFsharp cannot change fonts within a process.");
                return;
            }
            foreach (var path in new[] { options.RegularPath, options.BoldPath }.OfType<string>())
            {
                if (!File.Exists(path))
                    throw new FileNotFoundException(
                        "Notice font not found. Building ThreeAssets.Documents fetches it (npm ci in its Fonts folder) and copies it next to the application; or set NoticeFontOptions to a TrueType CJK font.",
                        path);
            }
            registered = new NoticeFontResolver(options);
            GlobalFontSettings.FontResolver = registered;
        }
    }

    private static bool SameFiles(NoticeFontOptions a, NoticeFontOptions b) =>
        Path.GetFullPath(a.RegularPath) == Path.GetFullPath(b.RegularPath)
        && (a.BoldPath is null ? b.BoldPath is null : b.BoldPath is not null && Path.GetFullPath(a.BoldPath) == Path.GetFullPath(b.BoldPath));
}
