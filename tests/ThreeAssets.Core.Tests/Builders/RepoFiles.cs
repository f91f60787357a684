namespace ThreeAssets.Core.Tests.Builders;

/// <summary>Files committed in the repository (templates/, docs/), found from the test's output folder.</summary>
internal static class RepoFiles
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
