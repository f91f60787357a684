using System.ComponentModel.DataAnnotations;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Risks;

namespace ThreeAssets.Web.Features.Admin.Thresholds;

/// <summary>
/// A district's risk thresholds as an administrator types them: amounts in 元, shares in per cent, and each
/// rule's colour. The ranges keep a typo from silencing a rule (a cash threshold of 0 would flag every payment,
/// one of a billion none).
/// </summary>
public sealed class ThresholdsForm
{
    [Required] public string District { get; set; } = "";

    [Range(1, 1_000_000)] public decimal CashPayment { get; set; }
    [Range(1, 10_000_000)] public decimal ApprovalThreshold { get; set; }
    [Range(50, 99)] public int NearLimitPercent { get; set; }
    [Range(2, 50)] public int NearLimitCount { get; set; }
    [StringLength(200)] public string? HospitalityWords { get; set; }
    [Range(1, 365)] public int DuplicateDays { get; set; }
    [Range(5, 95)] public int ConcentrationPercent { get; set; }
    [Range(1, 100_000_000)] public decimal ConcentrationAmount { get; set; }
    [Range(10, 95)] public int LowRentPercent { get; set; }
    [Range(1, 70)] public int MaxLetYears { get; set; }
    [Range(1, 20)] public int MaxLeaseYears { get; set; }
    [Range(0, 365)] public int ExpiringDays { get; set; }
    [Range(1, 100_000_000)] public decimal PrivateAgreementFee { get; set; }
    [Range(1, 90)] public int AnswerDays { get; set; }

    /// <summary>Rule code → red or yellow.</summary>
    public Dictionary<string, RiskColour> Colours { get; set; } = [];

    public static ThresholdsForm From(string district, RiskThresholds t) => new()
    {
        District = district,
        CashPayment = Money.ToYuan(t.CashPayment),
        ApprovalThreshold = Money.ToYuan(t.ApprovalThreshold),
        NearLimitPercent = (int)(t.NearLimitShare * 100),
        NearLimitCount = t.NearLimitCount,
        HospitalityWords = string.Join("，", t.HospitalityWords),
        DuplicateDays = t.DuplicateDays,
        ConcentrationPercent = (int)(t.ConcentrationShare * 100),
        ConcentrationAmount = Money.ToYuan(t.ConcentrationAmount),
        LowRentPercent = (int)(t.LowRentShare * 100),
        MaxLetYears = t.MaxLetYears,
        MaxLeaseYears = t.MaxLeaseYears,
        ExpiringDays = t.ExpiringDays,
        PrivateAgreementFee = Money.ToYuan(t.PrivateAgreementFee),
        AnswerDays = t.AnswerDays,
        Colours = RiskRules.All.ToDictionary(r => r.Code, t.ColourOf),
    };

    public RiskThresholds ToThresholds() => new()
    {
        CashPayment = Money.ToFen(CashPayment),
        ApprovalThreshold = Money.ToFen(ApprovalThreshold),
        NearLimitShare = NearLimitPercent / 100m,
        NearLimitCount = NearLimitCount,
        HospitalityWords = (HospitalityWords ?? "").Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().Take(20).ToList(),
        DuplicateDays = DuplicateDays,
        ConcentrationShare = ConcentrationPercent / 100m,
        ConcentrationAmount = Money.ToFen(ConcentrationAmount),
        LowRentShare = LowRentPercent / 100m,
        MaxLetYears = MaxLetYears,
        MaxLeaseYears = MaxLeaseYears,
        ExpiringDays = ExpiringDays,
        PrivateAgreementFee = Money.ToFen(PrivateAgreementFee),
        AnswerDays = AnswerDays,
        // Only the colours that differ from a rule's own are stored, so a later change of a default reaches every district.
        Colours = RiskRules.All.Where(r => Colours.TryGetValue(r.Code, out var c) && c != r.Colour).ToDictionary(r => r.Code, r => Colours[r.Code]),
    };
}
