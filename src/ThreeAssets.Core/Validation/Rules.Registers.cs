namespace ThreeAssets.Core.Validation;

/// <summary>Assets and resources register rules, and assets against the previous snapshot.</summary>
public static partial class Rules
{
#pragma warning disable CS1591 // Each rule documents itself through its titles and templates.
    public static readonly Rule AssetNetValue = new("ASSET-NET-VALUE", Severity.Error, "净值不等于原值减累计折旧", "Net value is not original value minus depreciation",
        "{where}「{column}」是 {value}，原值减累计折旧应为 {expected}。",
        "{where}\"{column}\" is {value}; original value minus depreciation is {expected}.",
        new(5, "净值", "490,525.38", "490,525.83"))
    {
        Meaning = "净值不等于原值减累计折旧。",
        MeaningEn = "Net value is not original value minus accumulated depreciation.",
    };

    public static readonly Rule AssetDepreciation = new("ASSET-DEPRECIATION", Severity.Error, "累计折旧大于原值", "Depreciation exceeds the original value",
        "{where}「{column}」是 {value}，比原值 {expected} 还大。累计折旧只能在 0 到原值之间。",
        "{where}\"{column}\" is {value}, more than the original value {expected}.",
        new(6, "累计折旧", "300,000.00", "237,391.36"))
    {
        Meaning = "累计折旧大于原值。",
        MeaningEn = "Accumulated depreciation exceeds the original value.",
    };

    public static readonly Rule AssetDuplicateCode = new("ASSET-DUPLICATE-CODE", Severity.Error, "资产编号重复", "Duplicate asset code",
        "{where}资产编号「{value}」和第 {expected} 行重复。每项资产的编号必须不同。",
        "{where}asset code \"{value}\" is also used on row {expected}. Codes must be unique.",
        new(9, "资产编号", "ZC0003", "4"))
    {
        Meaning = "同一个资产编号出现在两行。",
        MeaningEn = "The same asset code is on two rows.",
    };

    public static readonly Rule AssetLeaseIncomplete = new("ASSET-LEASE-INCOMPLETE", Severity.Error, "出租资产信息不全", "Leased asset without lease details",
        "{where}使用状态是「出租出借」，但没有填写{detail}。请补上。",
        "{where}the asset is leased but {detail} is missing.",
        new(3, "承租方", null, null, "承租方、年租金"))
    {
        Meaning = "使用状态为「出租出借」的资产缺少承租方、年租金或租期。",
        MeaningEn = "A leased asset (出租出借) lacks lessee, annual rent or lease term.",
    };

    public static readonly Rule AssetLeaseDates = new("ASSET-LEASE-DATES", Severity.Error, "租期止早于租期起", "Lease ends before it starts",
        "{where}「{column}」是 {value}，早于租期起 {expected}。请核对租期。",
        "{where}\"{column}\" is {value}, before the lease start {expected}.",
        new(3, "租期止", "2025-05-01", "2026-05-01"))
    {
        Meaning = "资产的租期止早于租期起。",
        MeaningEn = "An asset's lease ends before it starts.",
    };

    public static readonly Rule ResourceDuplicateCode = new("RES-DUPLICATE-CODE", Severity.Error, "资源编号重复", "Duplicate resource code",
        "{where}资源编号「{value}」和第 {expected} 行重复。每块资源的编号必须不同。",
        "{where}resource code \"{value}\" is also used on row {expected}. Codes must be unique.",
        new(8, "资源编号", "ZY0003", "5"))
    {
        Meaning = "同一个资源编号出现在两行。",
        MeaningEn = "The same resource code is on two rows.",
    };

    public static readonly Rule ResourceContractIncomplete = new("RES-CONTRACT-INCOMPLETE", Severity.Error, "发包、租赁的资源缺少合同信息", "Contracted resource without contract details",
        "{where}经营方式是「{value}」，但没有填写{detail}。对外发包和租赁的资源必须写明合同信息。",
        "{where}the resource is under \"{value}\" but {detail} is missing.",
        new(7, "经营方式", "租赁", null, "合同编号、合同终止日"))
    {
        Meaning = "经营方式为对外发包或租赁的资源缺少承包方、合同编号、合同起止日或年承包费。",
        MeaningEn = "A resource contracted out or leased lacks contractor, contract number, dates or annual fee.",
    };

    public static readonly Rule ResourceContractDates = new("RES-CONTRACT-DATES", Severity.Error, "合同终止日早于起始日", "Contract ends before it starts",
        "{where}「{column}」是 {value}，早于合同起始日 {expected}。请核对合同期限。",
        "{where}\"{column}\" is {value}, before the contract start {expected}.",
        new(4, "合同终止日", "2019-12-31", "2020-01-01"))
    {
        Meaning = "合同终止日早于合同起始日。",
        MeaningEn = "The contract ends before it starts.",
    };

    public static readonly Rule ResourceLeaseTooLong = new("RES-LEASE-TOO-LONG", Severity.Error, "租赁期限超过 20 年", "Lease longer than 20 years",
        "{where}租赁合同从 {expected} 到 {value}，超过 20 年。《民法典》第七百零五条规定租赁期限不得超过二十年，超出的年份不受法律保护。请核对合同期限。",
        "{where}the lease runs from {expected} to {value}, more than 20 years (Civil Code art. 705).",
        new(6, "合同终止日", "2049-12-31", "2020-01-01"))
    {
        Meaning = "经营方式为租赁的合同期限超过 20 年（《民法典》第七百零五条）。",
        MeaningEn = "A lease runs longer than 20 years (Civil Code art. 705).",
    };

    public static readonly Rule ResourceUnitPrice = new("RES-UNIT-PRICE", Severity.Error, "单价与年承包费、面积不符", "Unit price is not fee ÷ area",
        "{where}「{column}」是 {value}，按年承包费 ÷ 面积应为 {expected}。请核对单价、年承包费或面积。",
        "{where}\"{column}\" is {value}; annual fee ÷ area gives {expected}.",
        new(5, "单价(元/亩/年)", "650.00", "655.51"))
    {
        Meaning = "单价与年承包费 ÷ 面积相差超过 1 分。",
        MeaningEn = "The unit price differs from annual fee ÷ area by more than one fen.",
    };

    public static readonly Rule ResourceContractExpired = new("RES-CONTRACT-EXPIRED", Severity.Warning, "合同已到期仍在发包或出租", "Expired contract still active",
        "{where}合同在 {value} 已经到期，但经营方式仍是「{detail}」。请续签合同后更新日期，或修改经营方式。",
        "{where}the contract ended on {value} but the resource is still under \"{detail}\".",
        new(9, "合同终止日", "2025-12-31", null, "对外发包"))
    {
        Meaning = "合同终止日已过（按核对日，默认为期末），但资源仍列为对外发包或租赁。",
        MeaningEn = "The contract has ended (as of the check date, by default the period end) but the resource is still listed as contracted or leased.",
    };

    public static readonly Rule ResourceUnpaid = new("RES-UNPAID", Severity.Warning, "承包费未收齐", "Fees not fully collected",
        "{where}本年应收 {expected} 元，已收 {value} 元，还有 {detail} 元没有收到。",
        "{where}{expected} yuan is due this year, {value} yuan received, {detail} yuan outstanding.",
        new(11, "本年已收", "10,000.00", "20,484.69", "10,484.69"))
    {
        Meaning = "本年已收少于本年应收。",
        MeaningEn = "Received this year is less than receivable this year.",
    };

    public static readonly Rule PeriodAssetMissing = new("PERIOD-ASSET-MISSING", Severity.Warning, "上期的资产本期没有列出", "Asset missing since the previous snapshot",
        "资产「{value}」在上一期台账中（状态：{expected}），本期没有列出，也没有标为「已处置」。如已处置，请保留这一行并把使用状态改为「已处置」。",
        "Asset \"{value}\" was in the previous register ({expected}) and is missing now without being disposed of.",
        new(0, "资产编号", "ZC0017", "闲置"))
    {
        Meaning = "上一期资产台账中有、本期没有、且上期也不是「已处置」的资产。",
        MeaningEn = "An asset in the previous register is missing now and was not disposed of.",
    };
#pragma warning restore CS1591
}
