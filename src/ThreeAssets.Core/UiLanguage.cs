using System.Globalization;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core;

/// <summary>
/// The one place that decides which language a page speaks: Simplified Chinese, or English when the
/// request's UI culture is English (<c>?culture=en</c>). The web app's words go through its localizer and
/// Resources/SharedResource.en.resx; this covers what a localizer cannot: text that Core already holds in
/// both languages (a schema's Title/TitleEn, a finding's Message/MessageEn) and periods and dates.
/// Printed notices are always Chinese and do not use it.
/// </summary>
public static class UiLanguage
{
    /// <summary>True when the current UI culture is English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The current language's half of a pair; the Chinese when there is no English.</summary>
    public static string Pick(string chinese, string? english) =>
        IsEnglish && !string.IsNullOrEmpty(english) ? english : chinese;

    /// <summary>2026年10月 or 2026年第四季度; in English October 2026 or 2026 Q4.</summary>
    public static string Period(Period period) => !IsEnglish
        ? period.ToChinese()
        : period.IsQuarter
            ? string.Create(CultureInfo.InvariantCulture, $"{period.Year} Q{period.Quarter}")
            : period.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A period's name within its year, for timelines and chart axes: 10月 or 第四季度; Oct or Q4.</summary>
    public static string PeriodInYear(Period period) => !IsEnglish
        ? period.ToChinese()[5..]
        : period.IsQuarter
            ? string.Create(CultureInfo.InvariantCulture, $"Q{period.Quarter}")
            : period.Start.ToString("MMM", CultureInfo.InvariantCulture);

    /// <summary>2026年10月15日; in English 15 Oct 2026.</summary>
    public static string Date(DateOnly date) =>
        date.ToString(IsEnglish ? "d MMM yyyy" : "yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>A moment on a Beijing clock: 2026年10月15日 09:30; in English 15 Oct 2026 09:30.</summary>
    public static string Time(DateTimeOffset at) =>
        at.InChina().ToString(IsEnglish ? "d MMM yyyy HH:mm" : "yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
