using System.Globalization;
using Microsoft.Extensions.Localization;
using ThreeAssets.Core;
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

    /// <summary>A publication's page title: 桃源村 2026年10月 资金收支; in English 桃源村 October 2026 funds disclosure.</summary>
    /// <remarks>The resource key is built from the kind's short name ("{0} {1} 资金收支"), so each kind has its own English sentence.</remarks>
    public static LocalizedString Title(IStringLocalizer L, string village, Period period, LedgerKind kind) =>
        L["{0} {1} " + LedgerKinds.Of(kind).ShortName, village, UiLanguage.Period(period)];

    /// <summary>A publication's heading: 桃源村 2026年10月 资金收支公开; in English 桃源村 October 2026 funds disclosure.</summary>
    public static LocalizedString Heading(IStringLocalizer L, string village, Period period, LedgerKind kind) =>
        L["{0} {1} " + LedgerKinds.Of(kind).ShortName + "公开", village, UiLanguage.Period(period)];

    public static string KindName(LedgerKind kind) => LedgerKinds.Of(kind).ShortName;
}
