using System.Globalization;
using System.Text;

namespace ThreeAssets.Core.Reading;

/// <summary>Why a cell could not be read as the type its column needs.</summary>
internal enum CellProblem
{
    None,
    NotNumber,
    LetterInNumber,
    TooManyDecimals,
    NotInteger,
    NotDate,
}

/// <summary>
/// Turns raw cell values (double, DateTime, bool, string from xlsx/xls/CSV) into numbers and dates the
/// way accountants write them: 1,234.50, ¥1234.5, 1234.50元, 2026/10/5, 2026年10月5日, Excel serials.
/// </summary>
internal static class CellParser
{
    /// <summary>Parses a number with at most <paramref name="maxDecimals"/> decimals.</summary>
    public static CellProblem TryNumber(object raw, int maxDecimals, out decimal value)
    {
        value = 0;
        switch (raw)
        {
            case double d when double.IsFinite(d) && Math.Abs(d) < 1e15:
                value = (decimal)d; // decimal keeps 15 significant digits, which drops binary noise (0.1 + 0.2)
                break;
            case int i:
                value = i;
                break;
            case string s:
                var problem = TryNumberText(s, out value);
                if (problem != CellProblem.None) return problem;
                break;
            default:
                return CellProblem.NotNumber;
        }
        return decimal.Round(value, maxDecimals) == value ? CellProblem.None
            : maxDecimals == 0 ? CellProblem.NotInteger : CellProblem.TooManyDecimals;
    }

    private static CellProblem TryNumberText(string text, out decimal value)
    {
        value = 0;
        var sb = new StringBuilder(text.Length);
        var letterLikeDigit = false;
        // Accounting exports write negatives in brackets: (1,200.00).
        var bracketed = text.AsSpan().Trim().StartsWith("(") || text.AsSpan().Trim().StartsWith("（");
        if (bracketed) sb.Append('-');
        foreach (var ch0 in text.AsSpan().Trim().TrimStart('\''))
        {
            var ch = ch0 is >= '０' and <= '９' ? (char)(ch0 - '０' + '0') : ch0;
            switch (ch)
            {
                case >= '0' and <= '9' or '.' or '-' or '+': sb.Append(ch); break;
                case '(' or ')' or '（' or '）' when bracketed: break;
                case '．': sb.Append('.'); break;
                case '－' or '—': sb.Append('-'); break;
                case ',' or '，' or '¥' or '￥' or '元' or '张' or '亩' or ' ' or '\u3000' or '\u00a0' or '\t': break;
                case 'O' or 'o' or 'Ｏ' or 'ｏ': letterLikeDigit = true; sb.Append('0'); break;
                case 'l' or 'I' or '|': letterLikeDigit = true; sb.Append('1'); break;
                default: return CellProblem.NotNumber;
            }
        }
        var parsed = decimal.TryParse(sb.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
        if (!parsed) return CellProblem.NotNumber;
        return letterLikeDigit ? CellProblem.LetterInNumber : CellProblem.None;
    }

    /// <summary>
    /// Parses a date from a real date, an Excel serial (1900 system) or text; text with only a month
    /// and a day (10月5日, 10-05) takes <paramref name="year"/> from the title or period when known.
    /// </summary>
    public static bool TryDate(object raw, out DateOnly date, int? year = null)
    {
        date = default;
        switch (raw)
        {
            case DateTime dt:
                date = DateOnly.FromDateTime(dt);
                return true;
            case double d when d >= 1 && d < 2958466 && d == Math.Floor(d):
                date = DateOnly.FromDateTime(DateTime.FromOADate(d));
                return true;
            case double d when d is >= 19000101 and <= 99991231 && d == Math.Floor(d):
                return TryDateText(((long)d).ToString(CultureInfo.InvariantCulture), out date);
            case string s:
                return TryDateText(s, out date, year);
            default:
                return false;
        }
    }

    /// <summary>2026-10-05, 2026/10/5, 2026.10.05, 2026年10月5日, 20261005; a time after a space is ignored.</summary>
    public static bool TryDateText(string text, out DateOnly date, int? year = null)
    {
        date = default;
        Span<int> parts = stackalloc int[3];
        var count = 0;
        var digits = 0;
        var current = 0;
        var span = text.AsSpan().Trim();
        var space = span.IndexOfAny(' ', 'T');
        if (space > 0) span = span[..space];
        foreach (var ch0 in span)
        {
            var ch = ch0 is >= '０' and <= '９' ? (char)(ch0 - '０' + '0') : ch0;
            if (char.IsAsciiDigit(ch))
            {
                current = current * 10 + (ch - '0');
                if (++digits > 8) return false;
                continue;
            }
            if (ch is not ('-' or '/' or '.' or '年' or '月' or '日' or '号' or '－' or '．')) return false;
            if (digits == 0) continue;
            if (count == 3) return false;
            parts[count++] = current;
            current = digits = 0;
        }
        if (digits > 0)
        {
            if (count == 3) return false;
            parts[count++] = current;
        }
        if (count == 1 && parts[0] >= 19000101)
            return TryMake(parts[0] / 10000, parts[0] / 100 % 100, parts[0] % 100, out date);
        if (count == 2 && year is { } y)
            return TryMake(y, parts[0], parts[1], out date);
        return count == 3 && TryMake(parts[0], parts[1], parts[2], out date);
    }

    /// <summary>A date from year, month and day if they form one.</summary>
    public static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
