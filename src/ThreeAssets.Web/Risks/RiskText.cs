using Microsoft.Extensions.Localization;

namespace ThreeAssets.Web.Risks;

/// <summary>A warning's status in words, for the list and the warning's page alike.</summary>
public static class RiskText
{
    /// <param name="code">open, seen, dismissed, case or cleared (<see cref="RiskItemRow.StatusCode"/>).</param>
    public static string Status(IStringLocalizer L, string code) => code switch
    {
        "open" => L["待处理"],
        "seen" => L["已查看"],
        "dismissed" => L["已排除"],
        "case" => L["已转问题"],
        "cleared" => L["已消除"],
        _ => code,
    };
}
