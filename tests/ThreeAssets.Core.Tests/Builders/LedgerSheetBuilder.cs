using System.Text;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;

namespace ThreeAssets.Core.Tests.Builders;

/// <summary>
/// Builds a messy ledger sheet in memory: title rows, a header as printed (any spelling or order),
/// items keyed by schema column, raw rows (totals, notes), then writes it as xlsx or CSV.
/// <code>new LedgerSheetBuilder(FundsSchema.Schema).WithTitle("柳河村2026年10月资金收支明细表").WithItem(...).BuildXlsx()</code>
/// </summary>
public sealed class LedgerSheetBuilder
{
    private readonly LedgerSchema _schema;
    private readonly List<object?[]> _top = [];
    private readonly List<object?[]> _body = [];
    private List<string> _headers;

    public LedgerSheetBuilder(LedgerSchema schema)
    {
        _schema = schema;
        _headers = schema.Columns.Select(c => c.Header).ToList();
    }

    public IReadOnlyList<string> Headers => _headers;

    /// <summary>A row above the header (title, 所属期间, 单位：元).</summary>
    public LedgerSheetBuilder WithTitle(params object?[] cells)
    {
        _top.Add(cells);
        return this;
    }

    /// <summary>The header row as printed; items are placed by matching these headers to the schema.</summary>
    public LedgerSheetBuilder WithHeaders(params string[] headers)
    {
        _headers = [.. headers];
        return this;
    }

    /// <summary>An item: schema key → value; keys without a column in the header are dropped.</summary>
    public LedgerSheetBuilder WithItem(IReadOnlyDictionary<string, object?> values)
    {
        var row = new object?[_headers.Count];
        for (var i = 0; i < _headers.Count; i++)
        {
            if (HeaderText.Match(_schema, _headers[i])?.Spec is { } spec && values.TryGetValue(spec.Key, out var value))
                row[i] = value;
        }
        _body.Add(row);
        return this;
    }

    /// <summary>A row given cell by cell (totals, notes, split columns).</summary>
    public LedgerSheetBuilder WithRaw(params object?[] cells)
    {
        _body.Add(cells);
        return this;
    }

    /// <summary>A row with <paramref name="text"/> in the column of <paramref name="key"/> and values by key.</summary>
    public LedgerSheetBuilder WithMarker(string key, string text, IReadOnlyDictionary<string, object?>? values = null)
    {
        var all = new Dictionary<string, object?>(values ?? new Dictionary<string, object?>()) { [key] = text };
        return WithItem(all);
    }

    public int HeaderRowNumber => _top.Count + 1;

    /// <summary>1-based sheet row of the n-th body row (0-based).</summary>
    public int RowOf(int bodyIndex) => _top.Count + 2 + bodyIndex;

    public byte[] BuildXlsx()
    {
        var sb = new StringBuilder();
        var n = 1;
        foreach (var row in _top.Append(_headers.Cast<object?>().ToArray()).Concat(_body))
            sb.Append(RawXlsx.Row(n++, row));
        return RawXlsx.Package(sb.ToString());
    }

    public byte[] BuildCsv(Encoding encoding)
    {
        var sb = new StringBuilder();
        foreach (var row in _top.Append(_headers.Cast<object?>().ToArray()).Concat(_body))
            sb.Append(string.Join(',', row.Select(Csv))).Append("\r\n");
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(sb.ToString())];
    }

    private static string Csv(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        var v => v.ToString()!.Contains(',', StringComparison.Ordinal) ? $"\"{v}\"" : v.ToString()!,
    };
}
