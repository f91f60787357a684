using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ThreeAssets.Web.Tests.Infrastructure;

public sealed partial class LocalizationCoverageTests
{
    [Fact]
    public void Every_text_shown_through_the_localizer_has_an_English_entry()
    {
        var web = RepositoryFiles.PathOf("src", "ThreeAssets.Web");
        var english = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

        var missing = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: Regex.Unescape(m.Groups[1].Value))))
            .Where(k => !english.Contains(k.Key))
            .Select(k => $"{k.File}: {k.Key}")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "No English for:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void The_English_resource_has_each_text_once()
    {
        var names = XDocument.Load(RepositoryFiles.PathOf("src", "ThreeAssets.Web", "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!);

        Assert.Empty(names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    // L["..."] or _l["..."] / localizer["..."] with a literal key (format arguments may follow).
    [GeneratedRegex("""\b(?:L|_l|localizer)\["((?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex LocalizerKey();
}
