using System.Globalization;
using System.Text.RegularExpressions;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Reading;

/// <summary>Numbers, and columns split over several sheet columns joined back (月+日, 凭证字+号, 科目, 承包期限, 四至).</summary>
internal sealed partial class RowValues
{
    private void LoadNumber(ColumnSpec spec, object raw)
    {
        var o = spec.Ordinal;
        var decimals = spec.Type switch { ColumnType.Amount => 2, ColumnType.Integer => 0, _ => 4 };
        var problem = CellParser.TryNumber(raw, decimals, out var value);
        // The cell's text is made only for a finding: formatting every amount back was ~8% of a parse.
        switch (problem)
        {
            case CellProblem.LetterInNumber:
                Fail(spec, Rules.CellNotNumber.At(Site(spec), TextAt(o), value.ToString(CultureInfo.InvariantCulture),
                    "其中有字母（O 或 l）代替了数字，", "it contains a letter (O or l) in place of a digit; "));
                return;
            case CellProblem.NotNumber:
                Fail(spec, Rules.CellNotNumber.At(Site(spec), TextAt(o), spec.Example.Length > 0 ? spec.Example : "1200.00"));
                return;
            case CellProblem.TooManyDecimals:
                Fail(spec, Rules.CellDecimals.At(Site(spec), TextAt(o),
                    decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture)));
                return;
            case CellProblem.NotInteger:
                Fail(spec, Rules.CellNotInteger.At(Site(spec), TextAt(o),
                    decimal.Round(value, 0, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)));
                return;
        }
        _number[o] = value;
        if (value < 0 && !spec.AllowNegative)
            Fail(spec, Rules.CellRange.At(Site(spec), TextAt(o), "≥ 0", "不能小于 0"));
        else if (value == 0 && spec.MustBePositive)
            Fail(spec, Rules.CellRange.At(Site(spec), TextAt(o), "> 0", "必须大于 0"));
    }

    private void JoinParts(object?[] cells, int width)
    {
        var targets = _layout.Targets;
        var boundaries = "";
        ColumnSpec? boundariesColumn = null;
        if (!_hasSplits) return;
        for (var i = 0; i < targets.Length && i < width; i++)
        {
            if (targets[i]?.Split is not { } split || CellText.IsBlank(cells[i])) continue;
            var text = CellText.Of(cells[i]);
            switch (split.Part)
            {
                case ColumnPart.CodeAndName:
                    var match = CodeAndName().Match(text);
                    SetText(split.Target, match.Success ? match.Groups[1].Value : text);
                    if (match.Success && match.Groups[2].Length > 0 && FundsSchema.AccountName is var name && !_present[name.Ordinal])
                        SetText(name, match.Groups[2].Value);
                    break;
                case ColumnPart.Term:
                    var dates = TermDate().Matches(text);
                    if (dates.Count == 2 && ToDate(dates[0], out var start) && ToDate(dates[1], out var end))
                    {
                        SetDate(split.Target, start, text);
                        SetDate(split.EndTarget!, end, text);
                    }
                    else
                    {
                        _present[split.Target.Ordinal] = true;
                        Fail(split.Target, Rules.CellNotDate.At(Site(split.Target), text, "自2020年1月1日起至2029年12月31日止"));
                    }
                    break;
                case ColumnPart.Boundary:
                    boundariesColumn = split.Target;
                    boundaries += (boundaries.Length > 0 ? " " : "") + _layout.Headers[i].Trim() + text;
                    break;
            }
        }
        if (boundariesColumn is not null && !_present[boundariesColumn.Ordinal])
            SetText(boundariesColumn, boundaries);
        // Only a funds layout has these parts (the other schemas split no voucher or date).
        if (_parts.Any)
            JoinFundsParts(cells, width);
    }

    private void JoinFundsParts(object?[] cells, int width)
    {
        var word = Part(cells, width, _parts.VoucherWord);
        if (word is not null || _parts.VoucherNumber >= 0)
        {
            var number = Part(cells, width, _parts.VoucherNumber) ?? Text(FundsSchema.Voucher);
            if (number is not null)
                SetText(FundsSchema.Voucher, word is null ? number : $"{word}-{number}");
        }
        if (_present[FundsSchema.Date.Ordinal] || _parts.Month < 0 && _parts.Day < 0) return;
        var month = Part(cells, width, _parts.Month);
        var day = Part(cells, width, _parts.Day);
        if (month is null && day is null) return;
        var yearText = Part(cells, width, _parts.Year);
        var year = int.TryParse(yearText, CultureInfo.InvariantCulture, out var y) ? y : _yearHint ?? 0;
        if (int.TryParse(month, CultureInfo.InvariantCulture, out var m) && int.TryParse(day, CultureInfo.InvariantCulture, out var d)
            && CellParser.TryMake(year, m, d, out var date))
        {
            SetDate(FundsSchema.Date, date, $"{month}月{day}日");
            return;
        }
        _present[FundsSchema.Date.Ordinal] = true;
        _text[FundsSchema.Date.Ordinal] = $"{month}月{day}日";
        Fail(FundsSchema.Date, Rules.CellNotDate.At(Site(FundsSchema.Date), _text[FundsSchema.Date.Ordinal], "月、日两列都填数字，如 10 和 5"));
    }

    private static string? Part(object?[] cells, int width, int index) =>
        index >= 0 && index < width && !CellText.IsBlank(cells[index]) ? CellText.Of(cells[index]) : null;

    /// <summary>Sheet columns of the funds parts, looked up once per sheet rather than once per row.</summary>
    private readonly record struct FundsParts(int VoucherWord, int VoucherNumber, int Year, int Month, int Day)
    {
        public bool Any => VoucherWord >= 0 || VoucherNumber >= 0 || Month >= 0 || Day >= 0;

        public static FundsParts Of(SheetLayout layout) => new(
            layout.IndexOf(FundsSchema.Voucher, ColumnPart.VoucherWord), layout.IndexOf(FundsSchema.Voucher, ColumnPart.VoucherNumber),
            layout.IndexOf(FundsSchema.Date, ColumnPart.Year), layout.IndexOf(FundsSchema.Date, ColumnPart.Month),
            layout.IndexOf(FundsSchema.Date, ColumnPart.Day));
    }

    private void SetText(ColumnSpec spec, string text)
    {
        _present[spec.Ordinal] = true;
        _text[spec.Ordinal] = text;
    }

    private void SetDate(ColumnSpec spec, DateOnly date, string shown)
    {
        SetText(spec, shown);
        _date[spec.Ordinal] = date;
    }

    private static bool ToDate(Match m, out DateOnly date) => CellParser.TryMake(
        int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
        int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), out date);

    [GeneratedRegex(@"^\s*(\d{3,9})\s*[-—_ 　:：]*\s*(.*?)\s*$")]
    private static partial Regex CodeAndName();

    [GeneratedRegex(@"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})")]
    private static partial Regex TermDate();
}
