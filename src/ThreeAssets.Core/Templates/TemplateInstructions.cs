using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Templates;

/// <summary>
/// The plain-Chinese text of a template's 说明 sheet, derived from the schema so that it cannot
/// disagree with what validation checks.
/// </summary>
public static class TemplateInstructions
{
    /// <summary>General lines shown above the column table, numbered, for every ledger kind.</summary>
    public static IReadOnlyList<string> General(LedgerSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var label = TemplateWriter.LabelColumn(schema).Header;
        List<string> lines =
        [
            $"请在「{schema.Title}」工作表中填写，一行填一条，不要改动第 1 行的表头，也不要插入空行。",
            $"第 2 行是填写样例（「{label}」以“示例”两个字开头），上传时系统会跳过这一行，可以留着，也可以删掉。",
            "表头是红字的列必须填写；其他列有就填，没有可以空着。",
            "金额以元为单位，最多两位小数，不要写“元”或“¥”；日期写成 2026-10-05 这样。",
            "有下拉箭头的列，请从下拉框中选择，不要自己打字。",
        ];
        lines.AddRange(LedgerKinds.Of(schema.Kind).TemplateNotes);
        return lines;
    }

    /// <summary>How to fill one column, in words an accountant understands.</summary>
    public static string HowToFill(ColumnSpec column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var text = column.Type switch
        {
            ColumnType.Date => "填日期，如 2026-10-05",
            ColumnType.Amount => "填金额（元），最多两位小数，不能是负数",
            ColumnType.Integer => "填整数，不能是负数",
            ColumnType.Decimal => column.MustBePositive ? "填数字，必须大于 0" : "填数字，不能是负数",
            ColumnType.List => "从下拉框中选：" + string.Join("、", column.AllowedValues),
            _ => column.MaxLength is { } max ? $"填文字，不超过 {max} 个字" : "填文字",
        };
        return column.Hint.Length == 0 ? text + "。" : $"{text}。{column.Hint}。";
    }

    /// <summary>
    /// "必填" or "选填", for the instructions table. Not "可不填": some optional columns are needed in
    /// some rows (承包方 for a contracted plot), which the column's hint then says.
    /// </summary>
    public static string RequiredText(ColumnSpec column) => column?.Required == true ? "必填" : "选填";
}
