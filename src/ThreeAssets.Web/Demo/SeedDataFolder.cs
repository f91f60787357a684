namespace ThreeAssets.Web.Demo;

/// <summary>
/// Finds seed-data/: <c>Demo:SeedPath</c> if set, else beside the app (the build copies it there),
/// else under the content root or two levels up (running from the source tree).
/// </summary>
internal sealed class SeedDataFolder(IConfiguration configuration, IWebHostEnvironment environment)
{
    public string? Path { get; } = Locate(configuration["Demo:SeedPath"], environment.ContentRootPath);

    public string? File(string name) => Path is null ? null : System.IO.Path.Combine(Path, name);

    private static string? Locate(string? configured, string contentRoot)
    {
        string[] candidates = configured is { Length: > 0 }
            ? [configured]
            : [System.IO.Path.Combine(AppContext.BaseDirectory, "seed-data"),
               System.IO.Path.Combine(contentRoot, "seed-data"),
               System.IO.Path.Combine(contentRoot, "..", "..", "seed-data")];
        return candidates.Select(System.IO.Path.GetFullPath).FirstOrDefault(Directory.Exists);
    }
}
