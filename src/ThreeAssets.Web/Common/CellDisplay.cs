using System.Globalization;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Web.Common;

/// <summary>How a ledger value reads on a page: amounts 12,345.50, dates 2026-10-05, areas without trailing zeros.</summary>
public static class CellDisplay
{
    public static string Text(object? value, ColumnSpec column) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m when column.Type == ColumnType.Amount => Money.Format(m),
        decimal m => m.ToString("#,##0.##", CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public static bool IsNumber(ColumnSpec column) => column.Type is ColumnType.Amount or ColumnType.Decimal or ColumnType.Integer;

    /// <summary>Bytes as residents read a file size: 86 KB, 1.2 MB.</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (bytes + 512) / 1024)} KB"
        : (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    public static string KindName(LedgerKind kind) => LedgerKinds.Of(kind).ShortName;
}
