namespace ThreeAssets.Core.Validation;

/// <summary>A family of rules (FILE, HDR, …) with its display names and its rules in catalogue order.</summary>
/// <param name="Code">The code prefix (FUND).</param>
/// <param name="Title">Chinese heading (资金收支明细).</param>
/// <param name="TitleEn">English heading.</param>
/// <param name="Rules">The family's rules, in <see cref="Validation.Rules.All"/> order.</param>
public sealed record RuleFamily(string Code, string Title, string TitleEn, IReadOnlyList<Rule> Rules);

/// <summary>
/// <see cref="Rules.All"/> grouped by family with headings, for docs/validation-rules.md and the
/// web's public rules page, so both list the same rules under the same headings.
/// </summary>
public static class RuleFamilies
{
    private static readonly (string Code, string Title, string TitleEn)[] Headings =
    [
        ("FILE", "文件", "File"),
        ("HDR", "表头", "Header"),
        ("CELL", "单元格", "Cells"),
        ("FUND", "资金收支明细", "Funds ledger"),
        ("ASSET", "资产台账", "Assets register"),
        ("RES", "资源台账", "Resources register"),
        ("PERIOD", "与上期公开的数据对照", "Against the previous publication"),
    ];

    /// <summary>Every family that has rules, in catalogue order; a new prefix appears under its own code.</summary>
    public static IReadOnlyList<RuleFamily> All =>
        Rules.All.GroupBy(r => r.Family)
            .Select(g =>
            {
                var heading = Array.Find(Headings, h => h.Code == g.Key);
                return new RuleFamily(g.Key, heading.Title ?? g.Key, heading.TitleEn ?? g.Key, g.ToList());
            })
            .ToList();

    /// <summary>错误 or 提醒: the words the portal uses for the two severities.</summary>
    public static string SeverityText(Severity severity) => severity == Severity.Error ? "错误" : "提醒";

    /// <summary>Error or Warning.</summary>
    public static string SeverityTextEn(Severity severity) => severity == Severity.Error ? "Error" : "Warning";
}
