using System.Text;

namespace ThreeAssets.Core.Validation;

/// <summary>Where a finding points: sheet, 1-based row (0 = whole file), header as printed, A1 cell.</summary>
public readonly record struct CellSite(string Sheet, int Row, string? Column = null, string? Cell = null);

/// <summary>Sample arguments that render a rule's example message for the rules page.</summary>
public sealed record RuleExample(int Row, string? Column, string? Value, string? Expected, string? Detail = null);

/// <summary>
/// One validation rule of the catalogue: a stable code, its severity, what it means in Chinese and
/// English, and message templates. Templates use <c>{where}</c> (第 15 行), <c>{column}</c>,
/// <c>{value}</c>, <c>{expected}</c> and <c>{detail}</c>, filled when a finding is made.
/// </summary>
public sealed record Rule(
    string Code,
    Severity Severity,
    string Title,
    string TitleEn,
    string Template,
    string TemplateEn,
    RuleExample Example)
{
    /// <summary>When the rule fires, in Chinese, for the rules page.</summary>
    public string Meaning { get; init; } = "";

    /// <summary>When the rule fires, in English.</summary>
    public string MeaningEn { get; init; } = "";

    /// <summary>The family prefix: FILE, HDR, CELL, FUND, ASSET, RES or PERIOD.</summary>
    public string Family => Code[..Code.IndexOf('-', StringComparison.Ordinal)];

    /// <summary>The example message in Chinese, rendered from <see cref="Template"/>.</summary>
    public string ExampleMessage => Render(Template, Example.Row, Example.Column, Example.Value, Example.Expected, Example.Detail, chinese: true);

    /// <summary>The example message in English.</summary>
    public string ExampleMessageEn => Render(TemplateEn, Example.Row, Example.Column, Example.Value, Example.Expected, Example.Detail, chinese: false);

    /// <summary>Makes a finding of this rule at <paramref name="site"/>.</summary>
    public Finding At(CellSite site, string? value = null, string? expected = null, string? detail = null, string? detailEn = null)
    {
        // Values come from the upload: a 15 MB cell quoted in a finding would be stored, rendered and
        // sent back several times over.
        (value, expected, var column) = (Quote(value), Quote(expected), Quote(site.Column));
        return new(Code, Severity, site.Sheet, site.Row, column, site.Cell, value, expected,
            Render(Template, site.Row, column, value, expected, detail, chinese: true))
        {
            MessageEn = Render(TemplateEn, site.Row, column, value, expected, detailEn ?? detail, chinese: false),
        };
    }

    /// <summary>Longest value a finding quotes; longer ones keep their start and an ellipsis.</summary>
    public const int MaxQuotedLength = 200;

    /// <summary>The value as a finding quotes it: at most <see cref="MaxQuotedLength"/> characters.</summary>
    public static string? Quote(string? value) =>
        value is null || value.Length <= MaxQuotedLength ? value : string.Concat(value.AsSpan(0, MaxQuotedLength - 1), "…");

    private static string Render(string template, int row, string? column, string? value, string? expected, string? detail, bool chinese)
    {
        var where = row <= 0 ? "" : chinese ? $"第 {row} 行" : $"Row {row}: ";
        return new StringBuilder(template)
            .Replace("{where}", where)
            .Replace("{column}", column ?? "")
            .Replace("{value}", value ?? "")
            .Replace("{expected}", expected ?? "")
            .Replace("{detail}", detail ?? "")
            .ToString();
    }
}
