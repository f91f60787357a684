namespace ThreeAssets.Core.Risks;

/// <summary>
/// The thresholds of DESIGN §7, editable per district by administrators; amounts in fen. Every property has
/// the design's default, so a district that never changed anything gets <see cref="Default"/>.
/// </summary>
public sealed record RiskThresholds
{
    /// <summary>A cash payment of at least this much is RISK-CASH: 1,000 元.</summary>
    public long CashPayment { get; init; } = 1_000_00;

    /// <summary>Payments above this need approval; several under it to one payee on one day (or two consecutive days)
    /// that add up to more are RISK-SPLIT: 5,000 元.</summary>
    public long ApprovalThreshold { get; init; } = 5_000_00;

    /// <summary>A payment from this share of the approval threshold up to it is "near the limit" (RISK-NEARLIMIT).</summary>
    public decimal NearLimitShare { get; init; } = 0.95m;

    /// <summary>So many near-limit payments in one quarter are RISK-NEARLIMIT.</summary>
    public int NearLimitCount { get; init; } = 3;

    /// <summary>Words in 摘要 that mark hospitality and gifts (RISK-HOSP).</summary>
    public IReadOnlyList<string> HospitalityWords { get; init; } = ["招待", "宴请", "餐费", "烟酒", "礼品", "购物卡"];

    /// <summary>The same payee and amount again within this many days is RISK-DUP.</summary>
    public int DuplicateDays { get; init; } = 30;

    /// <summary>One payee receiving at least this share of a village's expenses over 12 months … (RISK-CONCENTRATION)</summary>
    public decimal ConcentrationShare { get; init; } = 0.30m;

    /// <summary>… and at least this much: 50,000 元.</summary>
    public long ConcentrationAmount { get; init; } = 50_000_00;

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

    /// <summary>A resident's question unanswered after this many days is RISK-UNANSWERED.</summary>
    public int AnswerDays { get; init; } = 10;

    /// <summary>Rules whose colour the district changed from the rule's default (by code).</summary>
    public IReadOnlyDictionary<string, RiskColour> Colours { get; init; } = new Dictionary<string, RiskColour>();

    public RiskColour ColourOf(RiskRule rule) => Colours.TryGetValue(rule.Code, out var colour) ? colour : rule.Colour;

    public static RiskThresholds Default { get; } = new();
}
