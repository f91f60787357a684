namespace ThreeAssets.Core.Validation;

/// <summary>CELL rules: generic value rules every schema column gets from its ColumnSpec.</summary>
public static partial class Rules
{
#pragma warning disable CS1591 // Each rule documents itself through its titles and templates.
    public static readonly Rule CellExcelError = new("CELL-EXCEL-ERROR", Severity.Error, "单元格是 Excel 错误值", "Excel error value",
        "{where}「{column}」显示为 Excel 错误 {value}，通常是公式引用了删除的单元格或除以 0。请改为正确的数字或文字。",
        "{where}\"{column}\" shows the Excel error {value}. Replace the formula with the right value.",
        new(12, "余额", "#REF!", null))
    {
        Meaning = "单元格是 Excel 错误值（#REF!、#DIV/0!、#VALUE! 等），通常来自出错的公式。",
        MeaningEn = "The cell holds an Excel error value (#REF!, #DIV/0!, #VALUE!…), usually from a broken formula.",
    };

    public static readonly Rule CellRequired = new("CELL-REQUIRED", Severity.Error, "必填项没有填", "Required value missing",
        "{where}「{column}」没有填写，这一项必须填。",
        "{where}\"{column}\" is empty; it is required.",
        new(8, "凭证号", null, null))
    {
        Meaning = "数据行中必填的单元格是空的。",
        MeaningEn = "A required cell of a data row is empty.",
    };

    public static readonly Rule CellNotNumber = new("CELL-NOT-NUMBER", Severity.Error, "应填数字", "Not a number",
        "{where}「{column}」写成「{value}」，{detail}请改为数字，如 {expected}。",
        "{where}\"{column}\" reads \"{value}\"; {detail}enter a number such as {expected}.",
        new(15, "支出金额", "1,2OO", "1200.00", "其中有字母 O，"))
    {
        Meaning = "金额、数量等数字列中填了不是数字的内容；如果是字母 O 或 l 代替了 0 或 1，会特别指出。",
        MeaningEn = "A number column holds something that is not a number; a letter O or l typed for 0 or 1 is pointed out.",
    };

    public static readonly Rule CellNotDate = new("CELL-NOT-DATE", Severity.Error, "应填日期", "Not a date",
        "{where}「{column}」写成「{value}」，看不出是哪一天。请写成 {expected} 这样的日期。",
        "{where}\"{column}\" reads \"{value}\", which is not a date. Write it like {expected}.",
        new(6, "日期", "10月32日", "2026-10-05"))
    {
        Meaning = "日期列中的内容看不出是哪一天。可以写真实日期、2026-10-05、2026/10/5、2026.10.05 或 2026年10月5日。",
        MeaningEn = "A date column holds something that is no date. Real dates, 2026-10-05, 2026/10/5, 2026.10.05 and 2026年10月5日 are accepted.",
    };

    public static readonly Rule CellDecimals = new("CELL-DECIMALS", Severity.Error, "金额超过两位小数", "More than two decimals",
        "{where}「{column}」是 {value}，金额只能精确到分（两位小数）。请改为 {expected}。",
        "{where}\"{column}\" is {value}; amounts have at most two decimals. Enter {expected}.",
        new(9, "收入金额", "1200.555", "1200.56"))
    {
        Meaning = "金额超过两位小数（比分还小）。",
        MeaningEn = "An amount has more than two decimals.",
    };

    public static readonly Rule CellNotInteger = new("CELL-NOT-INTEGER", Severity.Error, "应填整数", "Not a whole number",
        "{where}「{column}」写成「{value}」，这里要填整数，如 {expected}。",
        "{where}\"{column}\" reads \"{value}\"; enter a whole number such as {expected}.",
        new(7, "附件张数", "2.5", "2"))
    {
        Meaning = "要求整数的列（如附件张数）填了小数。",
        MeaningEn = "A whole-number column (such as 附件张数) holds a fraction.",
    };

    public static readonly Rule CellRange = new("CELL-RANGE", Severity.Error, "数值超出范围", "Value out of range",
        "{where}「{column}」是 {value}，{detail}。",
        "{where}\"{column}\" is {value}; it must be {expected}.",
        new(10, "收入金额", "-300.00", "≥ 0", "不能小于 0"))
    {
        Meaning = "数字超出允许范围：金额、数量不能为负数，面积必须大于 0（余额可以为负）。",
        MeaningEn = "A number is out of range: amounts and quantities must not be negative and areas must be above 0 (a balance may be negative).",
    };

    public static readonly Rule CellList = new("CELL-LIST", Severity.Error, "不在可选项中", "Not one of the allowed values",
        "{where}「{column}」写成「{value}」，只能填以下之一：{expected}。",
        "{where}\"{column}\" reads \"{value}\"; use one of: {expected}.",
        new(11, "结算方式", "转账", "现金、银行转账、其他"))
    {
        Meaning = "只能从固定选项中选择的列（如结算方式、资产类别、经营方式）填了其他内容。",
        MeaningEn = "A column with fixed choices (settlement, category, operation mode…) holds another value.",
    };

    public static readonly Rule CellTooLong = new("CELL-TOO-LONG", Severity.Error, "文字太长", "Text too long",
        "{where}「{column}」有 {detail} 个字，最多 {expected} 个字。请精简。",
        "{where}\"{column}\" has {detail} characters; at most {expected} are allowed.",
        new(5, "摘要", null, "200", "236"))
    {
        Meaning = "文字超过该列的最大长度（如摘要最多 200 字）。",
        MeaningEn = "Text is longer than the column allows (摘要: 200 characters).",
    };

    public static readonly Rule CellOverExcelLimit = new("CELL-OVER-EXCEL-LIMIT", Severity.Error, "单元格内容超过 Excel 上限", "Cell over Excel's limit",
        "{where}「{column}」单元格 {value} 里有 {detail} 个字，超过 Excel 每个单元格最多 {expected} 个字的上限，可能是把整段文件粘贴进了一个格子。请删掉多余的内容后重新上传。",
        "{where}\"{column}\" (cell {value}) holds {detail} characters, more than Excel's limit of {expected} per cell; perhaps a whole file was pasted into one cell. Remove the extra text and upload again.",
        new(5, "摘要", "C5", "32767", "15728640"))
    {
        Meaning = "一个单元格的文字超过 Excel 自己的上限（32,767 个字）。这样的文件不是 Excel 能保存的台账，整份不能提交；报告里只引用开头一段。",
        MeaningEn = "A cell holds more text than Excel itself allows (32,767 characters). Excel cannot save such a ledger; it cannot be submitted, and the report quotes only its start.",
    };

    public static readonly Rule CellDateAfterPeriod = new("CELL-DATE-AFTER-PERIOD", Severity.Error, "日期晚于本期期末", "Date after the end of the period",
        "{where}「{column}」是 {value}，晚于本期（{detail}）期末 {expected}。台账反映的是期末的状况，不能有期末以后的日期。请核对日期。",
        "{where}\"{column}\" is {value}, after the end of the period ({expected}). A register cannot hold a later date.",
        new(5, "购建日期", "2026-08-15", "2026-06-30", "2026年第二季度"))
    {
        Meaning = "资产台账的购建日期晚于所报期间的期末：期末的台账里不能有以后才购建的资产。合同、租期的起始日和决议日期可以在期末之后（提前签订），不在此列。",
        MeaningEn = "An asset's acquisition date lies after the end of the period: a period-end register cannot hold an asset acquired later. Contract and lease start dates and resolution dates may lie ahead (signed in advance) and are not checked.",
    };
#pragma warning restore CS1591
}
