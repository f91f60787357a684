using System.Globalization;

namespace ThreeAssets.Core.Ledgers;

/// <summary>
/// Amounts are whole fen (分, 1/100 yuan) in a <see cref="long"/>: exact, and summable in SQL on every
/// provider (SQLite cannot sum or compare <see cref="decimal"/>).
/// </summary>
public static class Money
{
    /// <summary>Yuan to fen; the caller has already checked there are at most two decimals.</summary>
    public static long ToFen(decimal yuan) => (long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero);

    /// <summary>Fen to yuan.</summary>
    public static decimal ToYuan(long fen) => fen / 100m;

    /// <summary>Fen as 12,345.50 (thousands separators, always two decimals).</summary>
    public static string Format(long fen) => Format(ToYuan(fen));

    /// <summary>Yuan as 12,345.50 (thousands separators, always two decimals).</summary>
    public static string Format(decimal yuan) => yuan.ToString(DisplayFormat, CultureInfo.InvariantCulture);

    /// <summary>The number format for amounts, in pages and in the workbooks the portal writes.</summary>
    public const string DisplayFormat = "#,##0.00";
}
