using ThreeAssets.Documents.Fonts;
using ThreeAssets.Documents.Notices;

namespace ThreeAssets.Web.Ledgers;

/// <summary>Registration of the notice renderer, its font and the notice services.</summary>
internal static class NoticeSetup
{
    public static WebApplicationBuilder AddNotices(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // One renderer per process: PDFsharp's font resolver is global, and the first renderer installs it.
        // Notices:FontPath swaps the bundled Noto Sans SC for another TrueType CJK font.
        builder.Services.AddSingleton(_ => new NoticeRenderer(configuration["Notices:FontPath"] is { Length: > 0 } path
            ? new NoticeFontOptions { RegularPath = path, BoldPath = configuration["Notices:BoldFontPath"] is { Length: > 0 } bold ? bold : null }
            : NoticeFontOptions.Default));
        builder.Services.AddSingleton<PublicLinks>();
        builder.Services.AddScoped<NoticeIssuer>();
        builder.Services.AddScoped<NoticeDownloads>();
        return builder;
    }
}
