namespace ThreeAssets.Core.Validation;

/// <summary>Row and cross-row rules of the three ledgers, and rules against the previous publication.</summary>
public static partial class Rules
{
#pragma warning disable CS1591 // Each rule documents itself through its titles and templates.
    public static readonly Rule FundDateOutsidePeriod = new("FUND-DATE-OUTSIDE-PERIOD", Severity.Error, "日期不在本期内", "Date outside the period",
        "{where}「{column}」是 {value}，不在本期（{expected}）内。请核对日期，或把这笔业务放到所属期间的台账里。",
        "{where}\"{column}\" is {value}, outside the period {expected}. Check the date or move the entry to its own period.",
        new(4, "日期", "2026-04-30", "2026-05-01 至 2026-05-31"));

    public static readonly Rule FundOneAmount = new("FUND-ONE-AMOUNT", Severity.Error, "收入、支出应只填一个", "Exactly one of income and expense",
        "{where}收入和支出{detail}。每一笔业务只填收入或只填支出。",
        "{where}income and expense {detail}. Fill in exactly one of them.",
        new(7, "收入金额", null, null, "都填了"));

    public static readonly Rule FundAccountUnknown = new("FUND-ACCOUNT-UNKNOWN", Severity.Error, "科目编码不在科目表中", "Unknown account code",
        "{where}「{column}」是「{value}」，不是 2023 年村集体经济组织会计科目表中的编码。请填一级科目编码（如 513），或明细科目编码（一级编码后加 2 到 6 位数字，如 51301）。",
        "{where}\"{column}\" is \"{value}\", not an account of the 2023 chart. Use a chart code (513) or a sub-account: the code followed by 2–6 digits (51301).",
        new(6, "科目编码", "888", null));

    public static readonly Rule FundAccountName = new("FUND-ACCOUNT-NAME", Severity.Warning, "科目名称与编码不符", "Account name does not match the code",
        "{where}「{column}」是「{value}」，但科目编码 {detail} 对应的是「{expected}」。请核对科目编码或名称（明细科目可写成「{expected}-办公费」）。",
        "{where}\"{column}\" is \"{value}\", but account {detail} is \"{expected}\". Check the code or the name.",
        new(9, "科目名称", "办公费", "管理费用", "513"));

    public static readonly Rule FundNoApprover = new("FUND-NO-APPROVER", Severity.Warning, "支出没有审批人", "Expense without approver",
        "{where}是一笔支出（{value} 元），但没有填写审批人。请补上审批人姓名。",
        "{where}an expense of {value} yuan has no approver.",
        new(12, "审批人", "3,410.39", null));

    public static readonly Rule FundBalance = new("FUND-BALANCE", Severity.Error, "余额对不上", "Balance does not follow",
        "{where}「{column}」是 {value}，按上一行余额加收入减支出应为 {expected}。请核对这一行的金额或余额。",
        "{where}\"{column}\" is {value}; previous balance plus income minus expense gives {expected}.",
        new(9, "余额", "24,628.36", "24,678.36"));

    public static readonly Rule FundTotal = new("FUND-TOTAL", Severity.Error, "合计行对不上", "Totals row does not add up",
        "{where}「{detail}」行的「{column}」是 {value}，按上面各笔业务合计应为 {expected}。请核对合计或各行金额。",
        "{where}the \"{column}\" of the {detail} row is {value}; the rows above add up to {expected}.",
        new(15, "支出金额", "19,385.29", "19,358.29", "本月合计"));

    public static readonly Rule FundCarry = new("FUND-CARRY", Severity.Error, "过次页、承前页金额对不上", "Page carry row does not add up",
        "{where}「{detail}」行的「{column}」是 {value}，按前面各笔业务应为 {expected}。请核对。",
        "{where}the \"{column}\" of the {detail} row is {value}; the rows so far give {expected}.",
        new(40, "余额", "56,366.34", "56,636.34", "过次页"));

    public static readonly Rule FundNoOpening = new("FUND-NO-OPENING", Severity.Warning, "没有期初余额行", "No opening balance row",
        "没有找到「期初余额」「上月结转」或「上期结转」行，期初余额按 {expected} 元计算。如果有期初余额，请在第一笔业务上方加一行。",
        "No opening balance row (期初余额/上月结转) was found; the opening balance is taken as {expected}.",
        new(0, null, null, "0.00"));

    public static readonly Rule AssetNetValue = new("ASSET-NET-VALUE", Severity.Error, "净值不等于原值减累计折旧", "Net value is not original value minus depreciation",
        "{where}「{column}」是 {value}，原值减累计折旧应为 {expected}。",
        "{where}\"{column}\" is {value}; original value minus depreciation is {expected}.",
        new(5, "净值", "490,525.38", "490,525.83"));

    public static readonly Rule AssetDepreciation = new("ASSET-DEPRECIATION", Severity.Error, "累计折旧大于原值", "Depreciation exceeds the original value",
        "{where}「{column}」是 {value}，比原值 {expected} 还大。累计折旧只能在 0 到原值之间。",
        "{where}\"{column}\" is {value}, more than the original value {expected}.",
        new(6, "累计折旧", "300,000.00", "237,391.36"));

    public static readonly Rule AssetDuplicateCode = new("ASSET-DUPLICATE-CODE", Severity.Error, "资产编号重复", "Duplicate asset code",
        "{where}资产编号「{value}」和第 {expected} 行重复。每项资产的编号必须不同。",
        "{where}asset code \"{value}\" is also used on row {expected}. Codes must be unique.",
        new(9, "资产编号", "ZC0003", "4"));

    public static readonly Rule AssetLeaseIncomplete = new("ASSET-LEASE-INCOMPLETE", Severity.Error, "出租资产信息不全", "Leased asset without lease details",
        "{where}使用状态是「出租出借」，但没有填写{detail}。请补上。",
        "{where}the asset is leased but {detail} is missing.",
        new(3, "承租方", null, null, "承租方、年租金"));

    public static readonly Rule AssetLeaseDates = new("ASSET-LEASE-DATES", Severity.Error, "租期止早于租期起", "Lease ends before it starts",
        "{where}「{column}」是 {value}，早于租期起 {expected}。请核对租期。",
        "{where}\"{column}\" is {value}, before the lease start {expected}.",
        new(3, "租期止", "2025-05-01", "2026-05-01"));

    public static readonly Rule ResourceDuplicateCode = new("RES-DUPLICATE-CODE", Severity.Error, "资源编号重复", "Duplicate resource code",
        "{where}资源编号「{value}」和第 {expected} 行重复。每块资源的编号必须不同。",
        "{where}resource code \"{value}\" is also used on row {expected}. Codes must be unique.",
        new(8, "资源编号", "ZY0003", "5"));

    public static readonly Rule ResourceContractIncomplete = new("RES-CONTRACT-INCOMPLETE", Severity.Error, "发包、租赁的资源缺少合同信息", "Contracted resource without contract details",
        "{where}经营方式是「{value}」，但没有填写{detail}。对外发包和租赁的资源必须写明合同信息。",
        "{where}the resource is under \"{value}\" but {detail} is missing.",
        new(7, "经营方式", "租赁", null, "合同编号、合同终止日"));

    public static readonly Rule ResourceContractDates = new("RES-CONTRACT-DATES", Severity.Error, "合同终止日早于起始日", "Contract ends before it starts",
        "{where}「{column}」是 {value}，早于合同起始日 {expected}。请核对合同期限。",
        "{where}\"{column}\" is {value}, before the contract start {expected}.",
        new(4, "合同终止日", "2019-12-31", "2020-01-01"));

    public static readonly Rule ResourceLeaseTooLong = new("RES-LEASE-TOO-LONG", Severity.Error, "租赁期限超过 20 年", "Lease longer than 20 years",
        "{where}租赁合同从 {expected} 到 {value}，超过 20 年。《民法典》第七百零五条规定租赁期限不得超过二十年，超出的年份不受法律保护。请核对合同期限。",
        "{where}the lease runs from {expected} to {value}, more than 20 years (Civil Code art. 705).",
        new(6, "合同终止日", "2049-12-31", "2020-01-01"));

    public static readonly Rule ResourceUnitPrice = new("RES-UNIT-PRICE", Severity.Error, "单价与年承包费、面积不符", "Unit price is not fee ÷ area",
        "{where}「{column}」是 {value}，按年承包费 ÷ 面积应为 {expected}。请核对单价、年承包费或面积。",
        "{where}\"{column}\" is {value}; annual fee ÷ area gives {expected}.",
        new(5, "单价(元/亩/年)", "650.00", "655.51"));

    public static readonly Rule ResourceContractExpired = new("RES-CONTRACT-EXPIRED", Severity.Warning, "合同已到期仍在发包或出租", "Expired contract still active",
        "{where}合同在 {value} 已经到期，但经营方式仍是「{detail}」。请续签合同后更新日期，或修改经营方式。",
        "{where}the contract ended on {value} but the resource is still under \"{detail}\".",
        new(9, "合同终止日", "2025-12-31", null, "对外发包"));

    public static readonly Rule ResourceUnpaid = new("RES-UNPAID", Severity.Warning, "承包费未收齐", "Fees not fully collected",
        "{where}本年应收 {expected} 元，已收 {value} 元，还有 {detail} 元没有收到。",
        "{where}{expected} yuan is due this year, {value} yuan received, {detail} yuan outstanding.",
        new(11, "本年已收", "10,000.00", "20,484.69", "10,484.69"));

    public static readonly Rule PeriodOpening = new("PERIOD-OPENING", Severity.Error, "期初余额与上期期末余额不符", "Opening balance differs from the previous closing balance",
        "{where}期初余额是 {value} 元，但上一期已公开的期末余额是 {expected} 元，两者应相等。请核对期初余额。",
        "{where}the opening balance {value} differs from the previous publication's closing balance {expected}.",
        new(5, "余额", "23,000.00", "22,900.00"));

    public static readonly Rule PeriodAssetMissing = new("PERIOD-ASSET-MISSING", Severity.Warning, "上期的资产本期没有列出", "Asset missing since the previous snapshot",
        "资产「{value}」在上一期台账中（状态：{expected}），本期没有列出，也没有标为「已处置」。如已处置，请保留这一行并把使用状态改为「已处置」。",
        "Asset \"{value}\" was in the previous register ({expected}) and is missing now without being disposed of.",
        new(0, "资产编号", "ZC0017", "闲置"));
#pragma warning restore CS1591
}
