using System.Text.Json;
using System.Text.Json.Serialization;
using ThreeAssets.Core.Risks;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Risks;

/// <summary>A district's risk thresholds as stored on the district (JSON); a district that never changed them has the defaults.</summary>
public static class DistrictThresholds
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static RiskThresholds Of(District district)
    {
        if (string.IsNullOrEmpty(district.RiskThresholdsJson)) return RiskThresholds.Default;
        try
        {
            return JsonSerializer.Deserialize<RiskThresholds>(district.RiskThresholdsJson, Json) ?? RiskThresholds.Default;
        }
        catch (JsonException)
        {
            // Written only by this class; unreadable means hand-edited: the defaults are safer than no warnings.
            return RiskThresholds.Default;
        }
    }

    public static string ToJson(RiskThresholds thresholds) => JsonSerializer.Serialize(thresholds, Json);
}
