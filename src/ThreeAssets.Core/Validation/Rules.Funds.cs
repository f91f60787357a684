namespace ThreeAssets.Core.Validation;

/// <summary>Funds ledger rules, and the opening balance against the previous publication.</summary>
public static partial class Rules
{
#pragma warning disable CS1591 // Each rule documents itself through its titles and templates.
    public static readonly Rule FundDateOutsidePeriod = new("FUND-DATE-OUTSIDE-PERIOD", Severity.Error, "日期不在本期内", "Date outside the period",
        "{where}「{column}」是 {value}，不在本期（{expected}）内。请核对日期，或把这笔业务放到所属期间的台账里。",
        "{where}\"{column}\" is {value}, outside the period {expected}. Check the date or move the entry to its own period.",
        new(4, "日期", "2026-04-30", "2026-05-01 至 2026-05-31"))
    {
        Meaning = "业务日期不在所报期间（月或季度）之内。",
        MeaningEn = "A transaction date is outside the reported month or quarter.",
    };

    public static readonly Rule FundOneAmount = new("FUND-ONE-AMOUNT", Severity.Error, "收入、支出应只填一个", "Exactly one of income and expense",
        "{where}收入和支出{detail}。每一笔业务只填收入或只填支出。",
        "{where}income and expense {detail}. Fill in exactly one of them.",
        new(7, "收入金额", null, null, "都填了"))
    {
        Meaning = "每一行必须且只能填收入或支出中的一个。",
        MeaningEn = "Each row needs exactly one of income and expense.",
    };

    public static readonly Rule FundAccountUnknown = new("FUND-ACCOUNT-UNKNOWN", Severity.Error, "科目编码不在科目表中", "Unknown account code",
        "{where}「{column}」是「{value}」，不是 2023 年村集体经济组织会计科目表中的编码。请填一级科目编码（如 513），或明细科目编码（一级编码后加 2 到 6 位数字，如 51301）。",
        "{where}\"{column}\" is \"{value}\", not an account of the 2023 chart. Use a chart code (513) or a sub-account: the code followed by 2–6 digits (51301).",
        new(6, "科目编码", "888", null))
    {
        Meaning = "科目编码既不在 2023 年科目表中，也不是「一级编码 + 2 到 6 位数字」的明细科目。",
        MeaningEn = "The account code is neither in the 2023 chart nor a sub-account (chart code followed by 2–6 digits).",
    };

    public static readonly Rule FundAccountName = new("FUND-ACCOUNT-NAME", Severity.Warning, "科目名称与编码不符", "Account name does not match the code",
        "{where}「{column}」是「{value}」，但科目编码 {detail} 对应的是「{expected}」。请核对科目编码或名称（明细科目可写成「{expected}-办公费」）。",
        "{where}\"{column}\" is \"{value}\", but account {detail} is \"{expected}\". Check the code or the name.",
        new(9, "科目名称", "办公费", "管理费用", "513"))
    {
        Meaning = "科目名称与编码对应的科目不一致；明细科目的名称可以在一级科目名称后加内容（管理费用-办公费）。",
        MeaningEn = "The account name differs from the chart name of the code; a sub-account's name may extend it (管理费用-办公费).",
    };

    public static readonly Rule FundNoApprover = new("FUND-NO-APPROVER", Severity.Warning, "支出没有审批人", "Expense without approver",
        "{where}是一笔支出（{value} 元），但没有填写审批人。请补上审批人姓名。",
        "{where}an expense of {value} yuan has no approver.",
        new(12, "审批人", "3,410.39", null))
    {
        Meaning = "支出行没有填写审批人。",
        MeaningEn = "An expense row has no approver.",
    };

    public static readonly Rule FundBalance = new("FUND-BALANCE", Severity.Error, "余额对不上", "Balance does not follow",
        "{where}「{column}」是 {value}，按上一行余额加收入减支出应为 {expected}。请核对这一行的金额或余额。",
        "{where}\"{column}\" is {value}; previous balance plus income minus expense gives {expected}.",
        new(9, "余额", "24,628.36", "24,678.36"))
    {
        Meaning = "余额列填了数时，必须等于上一行余额加本行收入减本行支出，精确到分。",
        MeaningEn = "A stated balance must equal the previous balance plus income minus expense, to the fen.",
    };

    public static readonly Rule FundTotal = new("FUND-TOTAL", Severity.Error, "合计行对不上", "Totals row does not add up",
        "{where}「{detail}」行的「{column}」是 {value}，按上面各笔业务合计应为 {expected}。请核对合计或各行金额。",
        "{where}the \"{column}\" of the {detail} row is {value}; the rows above add up to {expected}.",
        new(15, "支出金额", "19,385.29", "19,358.29", "本月合计"))
    {
        Meaning = "本月合计、本期合计、本季合计、合计行的收入、支出、余额与上面各行之和不符（季度报表的每个本月合计只与当月相比）。",
        MeaningEn = "A 本月合计/本期合计/本季合计/合计 row does not match the rows above it (in a quarter, each 本月合计 against its own month).",
    };

    public static readonly Rule FundCarry = new("FUND-CARRY", Severity.Error, "过次页、承前页金额对不上", "Page carry row does not add up",
        "{where}「{detail}」行的「{column}」是 {value}，按前面各笔业务应为 {expected}。请核对。",
        "{where}the \"{column}\" of the {detail} row is {value}; the rows so far give {expected}.",
        new(40, "余额", "56,366.34", "56,636.34", "过次页"))
    {
        Meaning = "过次页、承前页、上月结转等转页行的金额或余额与前面各行不符。",
        MeaningEn = "A page carry row (过次页, 承前页, 上月结转 mid-file) does not match the rows before it.",
    };

    public static readonly Rule FundNoOpening = new("FUND-NO-OPENING", Severity.Warning, "没有期初余额行", "No opening balance row",
        "没有找到「期初余额」「上月结转」或「上期结转」行，期初余额按 {expected} 元计算。如果有期初余额，请在第一笔业务上方加一行。",
        "No opening balance row (期初余额/上月结转) was found; the opening balance is taken as {expected}.",
        new(0, null, null, "0.00"))
    {
        Meaning = "没有期初余额行（期初余额、上月结转、上期结转、上年结转），期初余额由第一笔余额倒推或按 0 计算。",
        MeaningEn = "There is no opening balance row; the opening balance is worked back from the first balance, or taken as 0.",
    };

    public static readonly Rule PeriodOpening = new("PERIOD-OPENING", Severity.Error, "期初余额与上期期末余额不符", "Opening balance differs from the previous closing balance",
        "{where}期初余额是 {value} 元，但上一期已公开的期末余额是 {expected} 元，两者应相等。请核对期初余额。",
        "{where}the opening balance {value} differs from the previous publication's closing balance {expected}.",
        new(5, "余额", "23,000.00", "22,900.00"))
    {
        Meaning = "资金台账的期初余额不等于同一村上一期已公开的期末余额。",
        MeaningEn = "The funds opening balance differs from the closing balance of the village's previous publication.",
    };
#pragma warning restore CS1591
}
