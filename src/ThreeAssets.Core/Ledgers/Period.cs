using System.Globalization;

namespace ThreeAssets.Core.Ledgers;

/// <summary>
/// A reporting period: a month (<c>2026-10</c>) or a quarter (<c>2026-Q4</c>).
/// Funds ledgers use either; assets and resources registers are quarter-end snapshots.
/// </summary>
public readonly record struct Period(int Year, int Month, int Quarter)
{
    /// <summary>True for a quarter, false for a month.</summary>
    public bool IsQuarter => Quarter != 0;

    /// <summary>First day of the period.</summary>
    public DateOnly Start => IsQuarter ? new DateOnly(Year, (Quarter - 1) * 3 + 1, 1) : new DateOnly(Year, Month, 1);

    /// <summary>Last day of the period.</summary>
    public DateOnly End => Start.AddMonths(IsQuarter ? 3 : 1).AddDays(-1);

    /// <summary>The months the period covers (one, or three for a quarter).</summary>
    public IEnumerable<int> Months => IsQuarter ? Enumerable.Range(Start.Month, 3) : [Month];

    /// <summary>The period just before this one, of the same length.</summary>
    public Period Previous => IsQuarter
        ? (Quarter == 1 ? OfQuarter(Year - 1, 4) : OfQuarter(Year, Quarter - 1))
        : (Month == 1 ? OfMonth(Year - 1, 12) : OfMonth(Year, Month - 1));

    /// <summary>True when the date falls inside the period.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>A month period.</summary>
    public static Period OfMonth(int year, int month) =>
        month is < 1 or > 12 ? throw new ArgumentOutOfRangeException(nameof(month)) : new(year, month, 0);

    /// <summary>A quarter period.</summary>
    public static Period OfQuarter(int year, int quarter) =>
        quarter is < 1 or > 4 ? throw new ArgumentOutOfRangeException(nameof(quarter)) : new(year, 0, quarter);

    /// <summary>Parses <c>2026-10</c> or <c>2026-Q4</c> (case-insensitive).</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length != 2 || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1900 or > 9999)
            return false;
        var rest = parts[1];
        if (rest.Length == 2 && (rest[0] == 'Q' || rest[0] == 'q')
            && int.TryParse(rest.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q is >= 1 and <= 4)
        {
            period = OfQuarter(year, q);
            return true;
        }
        if (rest.Length is 1 or 2 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
        {
            period = OfMonth(year, m);
            return true;
        }
        return false;
    }

    /// <summary>Parses a period or throws <see cref="FormatException"/>.</summary>
    public static Period Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"Not a period (2026-10 or 2026-Q4): '{text}'");

    /// <summary>The canonical text form, <c>2026-10</c> or <c>2026-Q4</c>.</summary>
    public override string ToString() => IsQuarter
        ? string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Quarter}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year}-{Month:00}");

    /// <summary>Chinese display form: 2026年10月 or 2026年第四季度.</summary>
    public string ToChinese() => IsQuarter
        ? string.Create(CultureInfo.InvariantCulture, $"{Year}年第{"一二三四"[Quarter - 1]}季度")
        : string.Create(CultureInfo.InvariantCulture, $"{Year}年{Month}月");
}
