namespace ThreeAssets.Core.Validation;

/// <summary>
/// The rule catalogue: every finding the engine can produce, with its stable code. The public
/// "validation rules" page and docs/validation-rules.md are generated from <see cref="All"/>.
/// This part holds the file, header and cell families; ledger and period rules are in Rules.Ledgers.cs.
/// </summary>
public static partial class Rules
{
    private static IReadOnlyList<Rule>? _all;

    /// <summary>Every rule, in catalogue order (families FILE, HDR, CELL, FUND, ASSET, RES, PERIOD).</summary>
    public static IReadOnlyList<Rule> All => _all ??=
    [
        FileEmpty, FileTooLarge, FileTooManyRows, FileUnreadable, FileEncrypted, FileNoHeader, FileNoRows,
        HeaderMissing, HeaderDuplicate, HeaderUnknown, HeaderNoPeriod,
        CellExcelError, CellRequired, CellNotNumber, CellNotDate, CellDecimals, CellNotInteger, CellRange, CellList, CellTooLong,
        FundDateOutsidePeriod, FundOneAmount, FundAccountUnknown, FundAccountName, FundNoApprover, FundBalance, FundTotal,
        FundCarry, FundNoOpening,
        AssetNetValue, AssetDepreciation, AssetDuplicateCode, AssetLeaseIncomplete, AssetLeaseDates,
        ResourceDuplicateCode, ResourceContractIncomplete, ResourceContractDates, ResourceLeaseTooLong, ResourceUnitPrice,
        ResourceContractExpired, ResourceUnpaid,
        PeriodOpening, PeriodAssetMissing,
    ];

    /// <summary>The rule with this code, or null.</summary>
    public static Rule? Find(string code) => All.FirstOrDefault(r => r.Code == code);

#pragma warning disable CS1591 // Each rule documents itself through its titles and templates.
    public static readonly Rule FileEmpty = new("FILE-EMPTY", Severity.Error, "文件是空的", "The file is empty",
        "上传的文件是空的，里面没有内容。请重新选择填好的台账文件。",
        "The uploaded file is empty. Choose the filled-in ledger file again.",
        new(0, null, "0 字节", null));

    public static readonly Rule FileTooLarge = new("FILE-TOO-LARGE", Severity.Error, "文件太大", "The file is too large",
        "文件太大（{value}），上限是 {expected}。请删除多余的工作表、图片，或按月分开上传。",
        "The file is too large ({value}); the limit is {expected}. Remove extra sheets or pictures, or upload month by month.",
        new(0, null, "35 MB", "20 MB"));

    public static readonly Rule FileTooManyRows = new("FILE-TOO-MANY-ROWS", Severity.Error, "行数太多", "Too many rows",
        "表格超过 {expected} 行，系统只读到这里。请按月分开上传。",
        "The sheet has more than {expected} rows. Upload it month by month.",
        new(0, null, null, "200000"));

    public static readonly Rule FileUnreadable = new("FILE-UNREADABLE", Severity.Error, "文件打不开", "The file cannot be read",
        "这个文件打不开：{detail}。请用 Excel 或 WPS 打开后另存为 .xlsx 再上传。",
        "The file cannot be read: {detail}. Open it in Excel or WPS, save it as .xlsx and upload it again.",
        new(0, null, null, null, "文件内容不完整，可能下载或复制时中断了"));

    public static readonly Rule FileEncrypted = new("FILE-ENCRYPTED", Severity.Error, "文件设置了密码", "The file is password-protected",
        "文件设置了打开密码，系统无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后再上传。",
        "The file is protected by a password. Remove the password in Excel and upload it again.",
        new(0, null, null, null));

    public static readonly Rule FileNoHeader = new("FILE-NO-HEADER", Severity.Error, "找不到表头", "No header row found",
        "在前 20 行里没有找到{detail}的表头（如 {expected}）。请使用系统模板，或确认表头在前 20 行内。最像表头的是{where}：「{value}」。",
        "No {detail} header found in the first 20 rows (such as {expected}). Use the template. {where}The closest row reads \"{value}\".",
        new(3, null, "单位：元", "日期、凭证号、摘要、科目编码", "资金收支明细"));

    public static readonly Rule FileNoRows = new("FILE-NO-ROWS", Severity.Error, "没有数据行", "No data rows",
        "表头下面没有找到任何数据行。请确认数据填在表头下方，且不在其他工作表中。",
        "No data rows were found under the header. Check the data is below the header and on the same sheet.",
        new(0, null, null, null));

    public static readonly Rule HeaderMissing = new("HDR-MISSING", Severity.Error, "缺少必填的列", "A required column is missing",
        "表头中没有「{column}」列（也可写作：{expected}）。请补上这一列。",
        "The header has no \"{column}\" column (also accepted: {expected}). Add the column.",
        new(4, "摘要", null, "事由、内容、开支项目"));

    public static readonly Rule HeaderDuplicate = new("HDR-DUPLICATE", Severity.Error, "列重复", "A column appears twice",
        "「{column}」列出现了两次（{value}），系统无法判断用哪一列。请删除或改名其中一列。",
        "The \"{column}\" column appears twice ({value}). Delete or rename one of them.",
        new(4, "收入金额", "F 列「收入」和 H 列「借方」", null));

    public static readonly Rule HeaderUnknown = new("HDR-UNKNOWN", Severity.Warning, "不认识的列", "Unrecognised column",
        "{where}的表头「{value}」不是{detail}中的列，这一列不会被读取。如果它就是模板中的某一列，请改用模板中的名称。",
        "{where}The header \"{value}\" is not a column of the {detail}; the column is ignored. Rename it to the template's header if it is one.",
        new(4, null, "银行账号", null, "资金收支明细"));

    public static readonly Rule HeaderNoPeriod = new("HDR-NO-PERIOD", Severity.Warning, "不知道所属期间", "Period unknown",
        "没有指定所属期间，文件名和标题中也看不出是哪个月或季度，因此没有检查日期是否在本期内。请在上传时选择期间。",
        "No period was given and none could be read from the file name or title, so dates were not checked against the period.",
        new(0, null, null, null));

    public static readonly Rule CellExcelError = new("CELL-EXCEL-ERROR", Severity.Error, "单元格是 Excel 错误值", "Excel error value",
        "{where}「{column}」显示为 Excel 错误 {value}，通常是公式引用了删除的单元格或除以 0。请改为正确的数字或文字。",
        "{where}\"{column}\" shows the Excel error {value}. Replace the formula with the right value.",
        new(12, "余额", "#REF!", null));

    public static readonly Rule CellRequired = new("CELL-REQUIRED", Severity.Error, "必填项没有填", "Required value missing",
        "{where}「{column}」没有填写，这一项必须填。",
        "{where}\"{column}\" is empty; it is required.",
        new(8, "凭证号", null, null));

    public static readonly Rule CellNotNumber = new("CELL-NOT-NUMBER", Severity.Error, "应填数字", "Not a number",
        "{where}「{column}」写成「{value}」，{detail}请改为数字，如 {expected}。",
        "{where}\"{column}\" reads \"{value}\"; {detail}enter a number such as {expected}.",
        new(15, "支出金额", "1,2OO", "1200.00", "其中有字母 O，"));

    public static readonly Rule CellNotDate = new("CELL-NOT-DATE", Severity.Error, "应填日期", "Not a date",
        "{where}「{column}」写成「{value}」，看不出是哪一天。请写成 {expected} 这样的日期。",
        "{where}\"{column}\" reads \"{value}\", which is not a date. Write it like {expected}.",
        new(6, "日期", "10月32日", "2026-10-05"));

    public static readonly Rule CellDecimals = new("CELL-DECIMALS", Severity.Error, "金额超过两位小数", "More than two decimals",
        "{where}「{column}」是 {value}，金额只能精确到分（两位小数）。请改为 {expected}。",
        "{where}\"{column}\" is {value}; amounts have at most two decimals. Enter {expected}.",
        new(9, "收入金额", "1200.555", "1200.56"));

    public static readonly Rule CellNotInteger = new("CELL-NOT-INTEGER", Severity.Error, "应填整数", "Not a whole number",
        "{where}「{column}」写成「{value}」，这里要填整数，如 {expected}。",
        "{where}\"{column}\" reads \"{value}\"; enter a whole number such as {expected}.",
        new(7, "附件张数", "2.5", "2"));

    public static readonly Rule CellRange = new("CELL-RANGE", Severity.Error, "数值超出范围", "Value out of range",
        "{where}「{column}」是 {value}，{detail}。",
        "{where}\"{column}\" is {value}; it must be {expected}.",
        new(10, "收入金额", "-300.00", "≥ 0", "不能小于 0"));

    public static readonly Rule CellList = new("CELL-LIST", Severity.Error, "不在可选项中", "Not one of the allowed values",
        "{where}「{column}」写成「{value}」，只能填以下之一：{expected}。",
        "{where}\"{column}\" reads \"{value}\"; use one of: {expected}.",
        new(11, "结算方式", "转账", "现金、银行转账、其他"));

    public static readonly Rule CellTooLong = new("CELL-TOO-LONG", Severity.Error, "文字太长", "Text too long",
        "{where}「{column}」有 {detail} 个字，最多 {expected} 个字。请精简。",
        "{where}\"{column}\" has {detail} characters; at most {expected} are allowed.",
        new(5, "摘要", null, "200", "236"));
#pragma warning restore CS1591
}
