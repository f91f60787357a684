using System.Reflection;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Validation;

public sealed class RuleCatalogueTests
{
    [Fact]
    public void Every_rule_field_is_in_the_catalogue_once()
    {
        var fields = typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Rule)).Select(f => (Rule)f.GetValue(null)!).ToList();
        Assert.Equal(fields.Select(r => r.Code).Order(), Rules.All.Select(r => r.Code).Order());
        Assert.Equal(Rules.All.Count, Rules.All.Select(r => r.Code).Distinct().Count());
    }

    [Fact]
    public void Codes_belong_to_the_documented_families()
    {
        string[] families = ["FILE", "HDR", "CELL", "FUND", "ASSET", "RES", "PERIOD"];
        Assert.All(Rules.All, r => Assert.Contains(r.Family, families));
    }

    [Fact]
    public void Example_messages_are_filled_in_and_avoid_blaming_words()
    {
        Assert.All(Rules.All, r =>
        {
            Assert.DoesNotContain("{", r.ExampleMessage, StringComparison.Ordinal);
            Assert.DoesNotContain("{", r.ExampleMessageEn, StringComparison.Ordinal);
            Assert.DoesNotContain("非法", r.ExampleMessage, StringComparison.Ordinal);
            Assert.DoesNotContain("无效", r.ExampleMessage, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.Meaning));
            Assert.False(string.IsNullOrWhiteSpace(r.MeaningEn));
        });
    }

    [Fact]
    public void A_finding_carries_the_rule_code_severity_and_both_languages()
    {
        var finding = Rules.FundBalance.At(new CellSite("资金", 9, "余额", "H9"), "24,628.36", "24,678.36");
        Assert.Equal(("FUND-BALANCE", Severity.Error, "H9"), (finding.Code, finding.Severity, finding.Cell));
        Assert.StartsWith("第 9 行「余额」是 24,628.36", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("Row 9: \"余额\" is 24,628.36", finding.MessageEn, StringComparison.Ordinal);
    }
}
