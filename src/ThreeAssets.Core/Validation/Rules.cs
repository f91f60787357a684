namespace ThreeAssets.Core.Validation;

/// <summary>
/// The rule catalogue: every finding the engine can produce, with its stable code. The public
/// "validation rules" page and docs/validation-rules.md are generated from <see cref="All"/>.
/// This part holds the file and header families; the others are in Rules.Cells.cs, Rules.Funds.cs and Rules.Registers.cs.
/// </summary>
public static partial class Rules
{
    private static IReadOnlyList<Rule>? _all;

    /// <summary>Every rule, in catalogue order (families FILE, HDR, CELL, FUND, ASSET, RES, PERIOD).</summary>
    public static IReadOnlyList<Rule> All => _all ??=
    [
        FileEmpty, FileTooLarge, FileTooManyRows, FileUnreadable, FileEncrypted, FileNoHeader, FileNoRows,
        HeaderMissing, HeaderDuplicate, HeaderUnknown, HeaderNoPeriod, HeaderOtherSheet,
        CellExcelError, CellRequired, CellNotNumber, CellNotDate, CellDecimals, CellNotInteger, CellRange, CellList, CellTooLong,
        CellOverExcelLimit, CellDateAfterPeriod,
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
        new(0, null, "0 字节", null))
    {
        Meaning = "上传的文件没有任何内容（0 字节）。",
        MeaningEn = "The upload has no content (0 bytes).",
    };

    public static readonly Rule FileTooLarge = new("FILE-TOO-LARGE", Severity.Error, "文件太大", "The file is too large",
        "文件太大（{value}），上限是 {expected}。请删除多余的工作表、图片，或按月分开上传。",
        "The file is too large ({value}); the limit is {expected}. Remove extra sheets or pictures, or upload month by month.",
        new(0, null, "35 MB", "20 MB"))
    {
        Meaning = "文件本身超过上传上限（默认 20 MB），或 xlsx 解压后超过上限（默认 200 MB）。",
        MeaningEn = "The file exceeds the upload limit (20 MB by default) or its xlsx package inflates beyond the limit (200 MB by default).",
    };

    public static readonly Rule FileTooManyRows = new("FILE-TOO-MANY-ROWS", Severity.Error, "行数太多", "Too many rows",
        "表格超过 {expected} 行，系统只读到这里。请按月分开上传。",
        "The sheet has more than {expected} rows. Upload it month by month.",
        new(0, null, null, "200000"))
    {
        Meaning = "工作表超过行数上限（默认 200,000 行），超出部分没有读取。",
        MeaningEn = "The sheet has more rows than the limit (200,000 by default); the rest was not read.",
    };

    public static readonly Rule FileUnreadable = new("FILE-UNREADABLE", Severity.Error, "文件打不开", "The file cannot be read",
        "这个文件打不开：{detail}。请用 Excel 或 WPS 打开后另存为 .xlsx 再上传。",
        "The file cannot be read: {detail}. Open it in Excel or WPS, save it as .xlsx and upload it again.",
        new(0, null, null, null, "文件内容不完整，可能下载或复制时中断了"))
    {
        Meaning = "文件既不是能打开的 Excel（.xlsx/.xls）也不是 CSV，或文件已损坏、不完整。",
        MeaningEn = "The file is neither a readable workbook (.xlsx/.xls) nor CSV, or it is damaged or incomplete.",
    };

    public static readonly Rule FileEncrypted = new("FILE-ENCRYPTED", Severity.Error, "文件设置了密码", "The file is password-protected",
        "文件设置了打开密码，系统无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后再上传。",
        "The file is protected by a password. Remove the password in Excel and upload it again.",
        new(0, null, null, null))
    {
        Meaning = "工作簿设置了打开密码，系统无法读取内容。",
        MeaningEn = "The workbook is protected by an opening password.",
    };

    public static readonly Rule FileNoHeader = new("FILE-NO-HEADER", Severity.Error, "找不到表头", "No header row found",
        "在前 20 行里没有找到{detail}的表头（如 {expected}）。请使用系统模板，或确认表头在前 20 行内。最像表头的是{where}：「{value}」。",
        "No {detail} header found in the first 20 rows (such as {expected}). Use the template. {where}The closest row reads \"{value}\".",
        new(3, null, "单位：元", "日期、凭证号、摘要、科目编码", "资金收支明细"))
    {
        Meaning = "在任何工作表的前 20 行中都没有找到至少 3 个本台账列名的表头行。",
        MeaningEn = "No sheet has a row within its first 20 rows naming at least three columns of the ledger.",
    };

    public static readonly Rule FileNoRows = new("FILE-NO-ROWS", Severity.Error, "没有数据行", "No data rows",
        "表头下面没有找到任何数据行。请确认数据填在表头下方，且不在其他工作表中。",
        "No data rows were found under the header. Check the data is below the header and on the same sheet.",
        new(0, null, null, null))
    {
        Meaning = "找到了表头，但下面没有数据行（期初、合计、签字行不算）。",
        MeaningEn = "A header was found but no data rows under it (opening, totals and signature rows do not count).",
    };

    public static readonly Rule HeaderMissing = new("HDR-MISSING", Severity.Error, "缺少必填的列", "A required column is missing",
        "表头中没有「{column}」列（也可写作：{expected}）。请补上这一列。",
        "The header has no \"{column}\" column (also accepted: {expected}). Add the column.",
        new(4, "摘要", null, "事由、内容、开支项目"))
    {
        Meaning = "必填的列在表头中找不到，模板名称和所有认可的别名都没有出现。",
        MeaningEn = "A required column is not in the header under its template name or any accepted alias.",
    };

    public static readonly Rule HeaderDuplicate = new("HDR-DUPLICATE", Severity.Error, "列重复", "A column appears twice",
        "「{column}」列出现了两次（{value}），系统无法判断用哪一列。请删除或改名其中一列。",
        "The \"{column}\" column appears twice ({value}). Delete or rename one of them.",
        new(4, "收入金额", "F 列「收入」和 H 列「借方」", null))
    {
        Meaning = "两列表头指向同一列（如「收入」和「借方」），无法确定用哪一列。",
        MeaningEn = "Two header cells name the same column (such as 收入 and 借方).",
    };

    public static readonly Rule HeaderUnknown = new("HDR-UNKNOWN", Severity.Warning, "不认识的列", "Unrecognised column",
        "{where}的表头「{value}」不是{detail}中的列，这一列不会被读取。如果它就是模板中的某一列，请改用模板中的名称。",
        "{where}The header \"{value}\" is not a column of the {detail}; the column is ignored. Rename it to the template's header if it is one.",
        new(4, null, "银行账号", null, "资金收支明细"))
    {
        Meaning = "表头中有一列不是本台账的列，这一列的内容被忽略。",
        MeaningEn = "A header cell names no column of this ledger; the column is ignored.",
    };

    public static readonly Rule HeaderNoPeriod = new("HDR-NO-PERIOD", Severity.Warning, "不知道所属期间", "Period unknown",
        "没有指定所属期间，文件名和标题中也看不出是哪个月或季度，因此没有检查日期是否在本期内。请在上传时选择期间。",
        "No period was given and none could be read from the file name or title, so dates were not checked against the period.",
        new(0, null, null, null))
    {
        Meaning = "资金台账没有指定期间，文件名和标题也看不出期间，因此没有检查日期。",
        MeaningEn = "A funds ledger has no period, given or readable from its file name or title, so dates were not checked.",
    };

    public static readonly Rule HeaderOtherSheet = new("HDR-OTHER-SHEET", Severity.Warning, "另一张工作表没有读取", "Another sheet was not read",
        "工作表「{value}」也有{detail}的表头，但系统只读取第一张（「{expected}」）。如果各月分在不同工作表，请把它们放进同一张表，或分文件上传。",
        "Sheet \"{value}\" also has a {detail} header, but only the first one (\"{expected}\") was read. Put all rows on one sheet or upload the sheets as separate files.",
        new(0, null, "11月", "10月", "资金收支明细"))
    {
        Meaning = "工作簿里不止一张工作表有本台账的表头；只读取第一张，其余的提醒核对。",
        MeaningEn = "More than one sheet of the workbook has a header of this ledger; only the first is read.",
    };
#pragma warning restore CS1591
}
