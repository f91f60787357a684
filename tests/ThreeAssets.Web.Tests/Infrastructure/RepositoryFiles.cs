namespace ThreeAssets.Web.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder (tests that check generated or committed files).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThreeAssets.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("ThreeAssets.sln not found above " + AppContext.BaseDirectory);
    }
}
