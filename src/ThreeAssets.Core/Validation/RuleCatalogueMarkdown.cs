using System.Text;

namespace ThreeAssets.Core.Validation;

/// <summary>
/// Renders docs/validation-rules.md from <see cref="Rules.All"/>, so the repository's rule list
/// cannot drift from the code. A test compares the committed file with <see cref="Render"/>.
/// </summary>
public static class RuleCatalogueMarkdown
{
    /// <summary>The command that rewrites the committed file; printed in the file and in the stale-file test.</summary>
    public const string RegenerateCommand = "dotnet run --project src/ThreeAssets.Cli -- rules --out docs/validation-rules.md";

    /// <summary>The whole Markdown document, with LF line endings.</summary>
    public static string Render()
    {
        var md = new StringBuilder();
        md.Append("# 校验规则 Validation rules\n\n");
        md.Append("<!-- Generated from Rules.All in src/ThreeAssets.Core/Validation. Do not edit by hand; regenerate with:\n");
        md.Append("     ").Append(RegenerateCommand).Append(" -->\n\n");
        md.Append("上传的台账会逐项检查。**错误**必须改正后才能提交；**提醒**不用改也能提交，但审核人会看到。\n");
        md.Append("Every upload is checked against these rules. An **error** blocks submission; a **warning** does not, ");
        md.Append("but the reviewer sees it.\n\n");
        md.Append("示例中的「第 N 行」是表格中的行号。In the examples, 第 N 行 is the row number in the sheet.\n");

        foreach (var family in RuleFamilies.All)
        {
            md.Append('\n').Append("## ").Append(family.Code).Append(" — ").Append(family.Title).Append(" / ").Append(family.TitleEn).Append("\n\n");
            md.Append("| 代码 Code | 严重程度 Severity | 含义 | Meaning | 示例提示 Example message |\n");
            md.Append("|---|---|---|---|---|\n");
            foreach (var rule in family.Rules)
            {
                md.Append("| `").Append(rule.Code).Append("` | ")
                  .Append(RuleFamilies.SeverityText(rule.Severity)).Append(' ').Append(RuleFamilies.SeverityTextEn(rule.Severity)).Append(" | ")
                  .Append(Cell(rule.Title)).Append(" | ")
                  .Append(Cell(rule.TitleEn)).Append(" | ")
                  .Append(Cell(rule.ExampleMessage)).Append("<br>").Append(Cell(rule.ExampleMessageEn)).Append(" |\n");
            }
        }
        return md.ToString();
    }

    // Table cells: a pipe would end the cell and a line break would end the row.
    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}
