using System.Globalization;
using System.Text.RegularExpressions;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Reading;

/// <summary>Where the period of a parsed ledger came from.</summary>
public enum PeriodSource
{
    /// <summary>No period known; dates were not checked against one.</summary>
    None,

    /// <summary>Given by the caller (the upload form, <c>--period</c>).</summary>
    Given,

    /// <summary>Read from the file name (funds-2026-08.xlsx).</summary>
    FileName,

    /// <summary>Read from the title rows (XX村2026年8月资金收支明细表).</summary>
    Title,
}

/// <summary>Reads a period from a file name or a sheet title when none was given.</summary>
public static partial class PeriodInference
{
    private static readonly string QuarterDigits = "一二三四1234";

    /// <summary><c>funds-2026-08-libreoffice.xlsx</c> → 2026-08, <c>assets-2026-Q2.xlsx</c> → 2026-Q2.</summary>
    public static Period? FromFileName(string? fileName)
    {
        var m = FileNamePeriod().Match(Path.GetFileName(fileName ?? ""));
        return m.Success && Period.TryParse(m.Groups[1].Value + "-" + m.Groups[2].Value, out var period) ? period : null;
    }

    /// <summary>2026年第二季度 / 2026年二季度 / 2026年Q2 → a quarter; 2026年8月 → a month.</summary>
    public static Period? FromTitle(string? title)
    {
        if (string.IsNullOrEmpty(title)) return null;
        var q = TitleQuarter().Match(title);
        if (q.Success)
            return Period.OfQuarter(Year(q.Groups[1].Value), QuarterDigits.IndexOf(q.Groups[2].Value[0], StringComparison.Ordinal) % 4 + 1);
        var m = TitleMonth().Match(title);
        return m.Success && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is var month and >= 1 and <= 12
            ? Period.OfMonth(Year(m.Groups[1].Value), month)
            : null;
    }

    /// <summary>A four-digit year written with 年 anywhere in the text (for 月/日 columns without a year).</summary>
    public static int? YearIn(string? text)
    {
        var m = TitleYear().Match(text ?? "");
        return m.Success ? Year(m.Groups[1].Value) : null;
    }

    private static int Year(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<!\d)(20\d{2})[-_.]?(Q[1-4]|0[1-9]|1[0-2])(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex FileNamePeriod();

    [GeneratedRegex(@"(20\d{2})\s*年\s*(?:第\s*)?([一二三四1-4])\s*季")]
    private static partial Regex TitleQuarter();

    [GeneratedRegex(@"(20\d{2})\s*年\s*(\d{1,2})\s*月")]
    private static partial Regex TitleMonth();

    [GeneratedRegex(@"(20\d{2})\s*年")]
    private static partial Regex TitleYear();
}
