namespace ThreeAssets.Data;

/// <summary>
/// Where the web app keeps its files (App_Data with the default SQLite database), as seen from a
/// program started elsewhere — the CLI — so that both open the same database without either
/// hard-coding the other's folder.
/// </summary>
public static class PortalContentRoot
{
    /// <summary>
    /// The content root the web app has when started from <paramref name="currentDirectory"/>: in a
    /// source checkout's root (a folder with <c>src/*/*.csproj</c>), the folder of the one project
    /// built with the Web SDK, which <c>dotnet run --project</c> starts in; anywhere else (a published
    /// app's folder) the folder itself.
    /// </summary>
    public static string Locate(string currentDirectory)
    {
        var src = Path.Combine(currentDirectory, "src");
        if (!Directory.Exists(src))
            return currentDirectory;
        var webProjects = Directory.EnumerateDirectories(src)
            .Where(dir => Directory.EnumerateFiles(dir, "*.csproj").Any(IsWebProject))
            .ToList();
        return webProjects.Count == 1 ? webProjects[0] : currentDirectory;
    }

    private static bool IsWebProject(string csproj)
    {
        using var reader = new StreamReader(csproj);
        var start = new char[256];
        var read = reader.Read(start, 0, start.Length);
        return new string(start, 0, read).Contains("Sdk=\"Microsoft.NET.Sdk.Web\"", StringComparison.Ordinal);
    }
}
