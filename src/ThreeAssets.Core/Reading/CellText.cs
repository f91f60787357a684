using System.Globalization;

namespace ThreeAssets.Core.Reading;

/// <summary>Raw cell values as text: for text columns, and for the "value found" of a finding.</summary>
internal static class CellText
{
    public static string Of(object? raw) => raw switch
    {
        null => "",
        string s => s.Trim(),
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero
            ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : dt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        _ => raw.ToString() ?? "",
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A dash or a lone slash means "nothing" in hand-kept ledgers.</summary>
    public static bool IsBlank(object? raw) =>
        raw is null || raw is string s && s.Trim() is "" or "-" or "—" or "－" or "/" or "——" or "无";
}
