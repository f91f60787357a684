using System.Globalization;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// The typed values of one sheet row, indexed by schema column, refilled for every row (no
/// allocation per row beyond the strings themselves). Loading applies the generic CELL rules of the
/// schema: Excel errors, type, decimals, range, list, length and required.
/// </summary>
internal sealed partial class RowValues
{
    private readonly LedgerSchema _schema;
    private readonly SheetLayout _layout;
    private readonly string _sheet;
    private readonly List<Finding> _findings;
    private readonly int[] _index;
    private readonly bool[] _present;
    private readonly bool[] _invalid;
    private readonly string?[] _text;
    private readonly object?[] _raw;
    private readonly decimal[] _number;
    private readonly DateOnly[] _date;
    private readonly FundsParts _parts;
    private readonly bool _hasSplits;
    private readonly Period? _period;
    private int? _yearHint;

    /// <param name="period">The register's period: dates of things done cannot lie after its end (null: not checked).</param>
    public RowValues(LedgerSchema schema, SheetLayout layout, string sheet, List<Finding> findings, Period? period = null)
    {
        (_schema, _layout, _sheet, _findings, _period) = (schema, layout, sheet, findings, period);
        var n = schema.Columns.Count;
        (_present, _invalid, _text, _raw, _number, _date) = (new bool[n], new bool[n], new string?[n], new object?[n], new decimal[n], new DateOnly[n]);
        _index = new int[n];
        _parts = FundsParts.Of(layout);
        _hasSplits = Array.Exists(layout.Targets, t => t?.Split is not null);
        foreach (var spec in schema.Columns)
        {
            var direct = layout.IndexOf(spec);
            _index[spec.Ordinal] = direct >= 0 ? direct
                : Array.FindIndex(layout.Targets, t => t?.Target == spec || t?.Split?.EndTarget == spec);
        }
    }

    /// <summary>1-based sheet row of the loaded values.</summary>
    public int Row { get; private set; }

    public bool Has(ColumnSpec spec) => _present[spec.Ordinal];

    /// <summary>True when the cell held something that could not be read; row rules leave it alone.</summary>
    public bool Invalid(ColumnSpec spec) => _invalid[spec.Ordinal];

    public string? Text(ColumnSpec spec) => _present[spec.Ordinal] ? TextAt(spec.Ordinal) : null;

    public decimal? Number(ColumnSpec spec) => _present[spec.Ordinal] && !_invalid[spec.Ordinal] ? _number[spec.Ordinal] : null;

    public long? Fen(ColumnSpec spec) => Number(spec) is { } yuan ? Money.ToFen(yuan) : null;

    public int? Integer(ColumnSpec spec) => Number(spec) is { } n && n is >= int.MinValue and <= int.MaxValue ? (int)n : null;

    public DateOnly? Date(ColumnSpec spec) => _present[spec.Ordinal] && !_invalid[spec.Ordinal] ? _date[spec.Ordinal] : null;

    /// <summary>Where a column's cell of this row is, for findings.</summary>
    public CellSite Site(ColumnSpec spec)
    {
        var index = _index[spec.Ordinal];
        return index < 0
            ? new CellSite(_sheet, Row, spec.Header)
            : new CellSite(_sheet, Row, _layout.Headers[index], SheetLayout.Cell(index, Row));
    }

    /// <summary>The cell as found, as text (for "value found").</summary>
    public string Shown(ColumnSpec spec) => TextAt(spec.Ordinal) ?? "";

    // Numbers and dates are turned into text only when someone asks (a finding, a text column):
    // formatting a million doubles nobody reads was a good part of the parse time.
    private string? TextAt(int ordinal) => _text[ordinal] ??= _raw[ordinal] is { } raw ? CellText.Of(raw) : null;

    /// <summary>Reads one row. With <paramref name="checkRequired"/> false (totals, opening rows) empty required cells pass.</summary>
    public void Load(object?[] cells, int width, int row, bool checkRequired, int? yearHint)
    {
        Row = row;
        _yearHint = yearHint;
        Array.Clear(_present);
        Array.Clear(_invalid);
        Array.Clear(_text);
        Array.Clear(_raw);
        var targets = _layout.Targets;
        for (var i = 0; i < targets.Length && i < width; i++)
        {
            if (targets[i]?.Spec is { } spec)
                LoadCell(spec, cells[i]);
        }
        JoinParts(cells, width);
        if (!checkRequired) return;
        foreach (var spec in _schema.Columns)
        {
            if (spec.Required && !_present[spec.Ordinal] && _index[spec.Ordinal] >= 0)
                _findings.Add(Rules.CellRequired.At(Site(spec)));
        }
    }

    private void LoadCell(ColumnSpec spec, object? raw)
    {
        var o = spec.Ordinal;
        if (CellText.IsBlank(raw)) return;
        _present[o] = true;
        _raw[o] = raw;
        if (raw is ExcelError error)
        {
            Fail(spec, Rules.CellExcelError.At(Site(spec), error.Text));
            return;
        }
        switch (spec.Type)
        {
            case ColumnType.Amount or ColumnType.Decimal or ColumnType.Integer:
                LoadNumber(spec, raw!);
                break;
            case ColumnType.Date:
                if (!CellParser.TryDate(raw!, out var date, _yearHint))
                    Fail(spec, Rules.CellNotDate.At(Site(spec), TextAt(o), "2026-10-05"));
                else
                {
                    _date[o] = date;
                    // The date reads and stays usable by the row rules; only its place in time is wrong.
                    if (spec.NotAfterPeriod && _period is { } p && date > p.End)
                        _findings.Add(Rules.CellDateAfterPeriod.At(Site(spec), CellText.Date(date), CellText.Date(p.End), p.ToChinese()));
                }
                break;
            case ColumnType.List:
                var text = TextAt(o)!;
                if (!spec.AllowedValues.Contains(text))
                    _text[o] = text = CanonicalListValue(text);
                if (!spec.AllowedValues.Contains(text))
                    Fail(spec, Rules.CellList.At(Site(spec), CellText.Of(raw), string.Join('、', spec.AllowedValues)));
                break;
            default:
                if (spec.MaxLength is { } max && TextAt(o)!.Length > max)
                    Fail(spec, Rules.CellTooLong.At(Site(spec), _text[o], max.ToString(CultureInfo.InvariantCulture),
                        _text[o]!.Length.ToString(CultureInfo.InvariantCulture)));
                break;
        }
    }

    private void Fail(ColumnSpec spec, Finding finding)
    {
        _invalid[spec.Ordinal] = true;
        _findings.Add(finding);
    }

    /// <summary>Spaces inside (银行 转账) and the old spelling 转帐 are not worth an error.</summary>
    private static string CanonicalListValue(string text) =>
        HeaderText.Normalise(text).Replace("转帐", "转账", StringComparison.Ordinal);
}
