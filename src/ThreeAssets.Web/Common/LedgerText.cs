using System.Globalization;
using Microsoft.Extensions.Localization;
using ThreeAssets.Core;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Common;

/// <summary>Words for kinds, periods and states as accountants say them; shared by the workspace and the submission pages.</summary>
public static class LedgerText
{
    /// <summary>The ledger's own name (资金收支明细), as its schema titles the template.</summary>
    public static string Kind(IStringLocalizer L, LedgerKind kind) => L[LedgerKinds.Of(kind).Schema.Title];

    public static string Period(Period period) => UiLanguage.Period(period);

    public static string Period(string text) => Core.Ledgers.Period.TryParse(text, out var p) ? Period(p) : text;

    public static string Date(DateOnly date) => UiLanguage.Date(date);

    /// <summary>Times are shown on a Beijing clock.</summary>
    public static string Time(DateTimeOffset at) => UiLanguage.Time(at);

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
