using System.Globalization;
using Microsoft.Extensions.Localization;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Common;

/// <summary>Words for kinds, periods and states as accountants say them; shared by the workspace and the submission pages.</summary>
public static class LedgerText
{
    /// <summary>The ledger's own name (资金收支明细), as its schema titles the template.</summary>
    public static string Kind(IStringLocalizer L, LedgerKind kind) => L[LedgerKinds.Of(kind).Schema.Title];

    public static string Period(Period period) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            ? period.IsQuarter ? $"{period.Year} Q{period.Quarter}" : period.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : period.ToChinese();

    public static string Period(string text) => Core.Ledgers.Period.TryParse(text, out var p) ? Period(p) : text;

    public static string Date(DateOnly date) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
            : date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>Times are shown in the server's local time (China Standard Time in production).</summary>
    public static string Time(DateTimeOffset at) =>
        at.InChina().ToString(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "d MMM yyyy HH:mm" : "yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string Status(IStringLocalizer L, SubmissionStatus status) => status switch
    {
        SubmissionStatus.Uploaded => L["已上传，未提交"],
        SubmissionStatus.Submitted => L["已提交，等待乡镇审核"],
        SubmissionStatus.Rejected => L["被退回"],
        _ => L["已公开"],
    };

    /// <summary>File sizes for link texts ("Excel，86 KB").</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (bytes + 512) / 1024)} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:0.0} MB");
}
