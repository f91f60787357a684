namespace ThreeAssets.Core.Risks;

/// <summary>A risk rule of DESIGN §7: a stable code, and what it looks for in Chinese and English.</summary>
public sealed record RiskRule(string Code, string Title, string TitleEn);

/// <summary>
/// The risk catalogue. Risks are not validation errors: a ledger can be correct and still show a
/// payment an inspector should look at. <see cref="RiskScanner"/> runs all but RISK-UNANSWERED, which
/// needs residents' questions and is raised by the portal's question desk.
/// </summary>
public static class RiskRules
{
    public static readonly RiskRule Cash = new("RISK-CASH", "大额现金支付", "Large cash payment");
    public static readonly RiskRule Split = new("RISK-SPLIT", "拆分支付、避开审批", "Payments split under the approval threshold");
    public static readonly RiskRule Hospitality = new("RISK-HOSP", "招待、礼品开支", "Hospitality or gift spending");
    public static readonly RiskRule Duplicate = new("RISK-DUP", "疑似重复支付", "Possible duplicate payment");
    public static readonly RiskRule LowRent = new("RISK-LOWRENT", "承包费明显偏低", "Rent far below the township median");
    public static readonly RiskRule LongTerm = new("RISK-LONG", "合同期限过长", "Contract term over the limit");
    public static readonly RiskRule Expired = new("RISK-EXPIRED", "合同已到期或即将到期", "Contract expired or about to expire");
    public static readonly RiskRule Arrears = new("RISK-ARREARS", "承包费、租金拖欠", "Fees not collected");
    public static readonly RiskRule NoBid = new("RISK-NOBID", "大额合同未公开竞价", "Large contract let by private agreement");
    public static readonly RiskRule Vanished = new("RISK-VANISH", "资产消失且未记处置", "Asset gone without a disposal");
    public static readonly RiskRule Late = new("RISK-LATE", "逾期未公开", "Not published by its due day");
    public static readonly RiskRule Unanswered = new("RISK-UNANSWERED", "群众提问逾期未答复", "Residents' question unanswered");

    public static IReadOnlyList<RiskRule> All { get; } =
        [Cash, Split, Hospitality, Duplicate, LowRent, LongTerm, Expired, Arrears, NoBid, Vanished, Late, Unanswered];
}

/// <summary>
/// The thresholds of DESIGN §7, editable by administrators (the portal keeps its own copy); amounts in fen.
/// </summary>
public sealed record RiskThresholds
{
    /// <summary>A cash payment of at least this much is RISK-CASH: 1,000 元.</summary>
    public long CashPayment { get; init; } = 1_000_00;

    /// <summary>Payments above this need approval; several under it to one payee on one day that add up to more are RISK-SPLIT: 5,000 元.</summary>
    public long ApprovalThreshold { get; init; } = 5_000_00;

    /// <summary>Words in 摘要 that mark hospitality and gifts (RISK-HOSP).</summary>
    public IReadOnlyList<string> HospitalityWords { get; init; } = ["招待", "宴请", "餐费", "烟酒", "礼品", "购物卡"];

    /// <summary>The same payee and amount again within this many days is RISK-DUP.</summary>
    public int DuplicateDays { get; init; } = 30;

    /// <summary>A unit price below this share of the township median for the resource type is RISK-LOWRENT.</summary>
    public decimal LowRentShare { get; init; } = 0.70m;

    /// <summary>Longest term of a 对外发包 contract, in years (RISK-LONG).</summary>
    public int MaxLetYears { get; init; } = 15;

    /// <summary>Longest term of a 租赁 lease, in years (RISK-LONG; the Civil Code's limit is 20).</summary>
    public int MaxLeaseYears { get; init; } = 20;

    /// <summary>A contract ending within this many days of the scan is RISK-EXPIRED.</summary>
    public int ExpiringDays { get; init; } = 90;

    /// <summary>A 协议 (private agreement) contract of at least this much a year is RISK-NOBID: 50,000 元.</summary>
    public long PrivateAgreementFee { get; init; } = 50_000_00;

    public static RiskThresholds Default { get; } = new();
}
