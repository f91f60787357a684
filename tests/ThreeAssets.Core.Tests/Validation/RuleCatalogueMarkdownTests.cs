using ThreeAssets.Core.Tests.Builders;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Validation;

public class RuleCatalogueMarkdownTests
{
    [Fact]
    public void Committed_catalogue_matches_the_rules_in_code()
    {
        var path = RepoFiles.PathOf("docs", "validation-rules.md");
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(committed == RuleCatalogueMarkdown.Render(),
            $"docs/validation-rules.md is stale; regenerate with: {RuleCatalogueMarkdown.RegenerateCommand}");
    }

    [Fact]
    public void Lists_every_rule_with_its_severity_and_example()
    {
        var markdown = RuleCatalogueMarkdown.Render();
        foreach (var rule in Rules.All)
        {
            var line = markdown.Split('\n').Single(l => l.StartsWith($"| `{rule.Code}` |", StringComparison.Ordinal));
            Assert.Contains(RuleFamilies.SeverityText(rule.Severity), line);
            Assert.Contains(rule.Title, line);
            Assert.Contains(rule.ExampleMessage.Replace("|", "\\|", StringComparison.Ordinal), line);
        }
    }

    [Fact]
    public void Families_cover_the_catalogue_in_order()
    {
        Assert.Equal(Rules.All, RuleFamilies.All.SelectMany(f => f.Rules));
        Assert.Equal(["FILE", "HDR", "CELL", "FUND", "ASSET", "RES", "PERIOD"], RuleFamilies.All.Select(f => f.Code));
        Assert.All(RuleFamilies.All, f => Assert.NotEqual(f.Code, f.Title));
    }
}
