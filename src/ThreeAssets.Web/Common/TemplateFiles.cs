using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Web.Common;

/// <summary>
/// Where the blank workbooks are: templates/ copied beside the app, or the repository's templates/ when the app runs
/// from source. The download and the links that name the file's size (UX.md: "Excel，8 KB") look in the same places.
/// </summary>
public static class TemplateFiles
{
    public static string FileName(LedgerKind kind) => LedgerSchema.For(kind).Title + ".xlsx";

    public static string? Find(LedgerKind kind, IWebHostEnvironment environment)
    {
        var name = FileName(kind);
        var path = Path.Combine(AppContext.BaseDirectory, "templates", name);
        if (!File.Exists(path)) path = Path.Combine(environment.ContentRootPath, "templates", name);
        return File.Exists(path) ? path : null;
    }

    /// <summary>"（Excel，8 KB）"-style size text, or null when the template is missing (the link then names only the type).</summary>
    public static string? Size(LedgerKind kind, IWebHostEnvironment environment) =>
        Find(kind, environment) is { } path ? LedgerText.Size(new FileInfo(path).Length) : null;
}
