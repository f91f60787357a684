using ThreeAssets.Core.Risks;
using ThreeAssets.Core.Tests.Builders;

namespace ThreeAssets.Core.Tests.Risks;

public sealed class RiskCatalogueTests
{
    [Fact]
    public void Every_risk_rule_is_described_in_docs_and_no_other()
    {
        var doc = File.ReadAllText(RepoFiles.PathOf("docs", "risk-rules.md"));
        var documented = System.Text.RegularExpressions.Regex.Matches(doc, @"`(RISK-[A-Z]+)`").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(RiskRules.All.Select(r => r.Code), documented);
    }
}
