using System.Text.RegularExpressions;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Reading;

/// <summary>A buffered sheet row from the top of the sheet, where the header is searched.</summary>
internal sealed record BufferedRow(int Number, object?[] Cells);

/// <summary>
/// Finds the header among the first rows: the row naming most schema columns wins; a row just
/// above or below that names columns where the winner is blank or unknown makes a two-row header
/// (金额 over 收入|支出, 2026年 over 月|日), flattened to one binding per sheet column.
/// </summary>
internal static partial class HeaderLocator
{
    private const int MinimumColumns = 3;

    public static SheetLayout? Locate(LedgerSchema schema, IReadOnlyList<BufferedRow> rows)
    {
        var best = -1;
        var bestScore = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var score = Score(schema, rows[i]);
            if (score > bestScore) (best, bestScore) = (i, score);
        }
        if (bestScore < MinimumColumns) return null;

        BufferedRow? parent = null;
        var child = rows[best];
        // Parent and child header rows are adjacent; the buffer skips empty rows, so check the numbers.
        if (best + 1 < rows.Count && rows[best + 1].Number == child.Number + 1 && FillsGaps(schema, child, rows[best + 1]))
            (parent, child) = (rows[best], rows[best + 1]);
        else if (best > 0 && rows[best - 1].Number == child.Number - 1 && FillsGaps(schema, child, rows[best - 1]))
            parent = rows[best - 1];
        return Build(schema, rows, parent, child);
    }

    /// <summary>The row that looks most like a header, for the FILE-NO-HEADER message.</summary>
    public static BufferedRow? Closest(IReadOnlyList<BufferedRow> rows) =>
        rows.Where(r => r.Cells.Any(c => c is string)).MaxBy(r => r.Cells.Count(c => c is string));

    public static string Text(object? cell) => cell as string ?? "";

    private static int Score(LedgerSchema schema, BufferedRow row) =>
        row.Cells.Select(c => c is string s ? HeaderText.Match(schema, s)?.Target : null)
            .Where(t => t is not null).Distinct().Count();

    /// <summary>True when <paramref name="other"/> names columns where <paramref name="row"/> names none.</summary>
    private static bool FillsGaps(LedgerSchema schema, BufferedRow row, BufferedRow other)
    {
        var filled = 0;
        for (var i = 0; i < other.Cells.Length; i++)
        {
            if (other.Cells[i] is not string s || HeaderText.Match(schema, s) is not { } target || HeaderText.IsIgnored(target))
                continue;
            if (row.Cells[i] is not string own || HeaderText.Match(schema, own) is null)
                filled++;
            else
                return false; // both rows name this column: two header candidates, not parent and child
        }
        return filled > 0 && !other.Cells.Any(c => c is double or DateTime);
    }

    private static SheetLayout Build(LedgerSchema schema, IReadOnlyList<BufferedRow> rows, BufferedRow? parent, BufferedRow child)
    {
        var width = child.Cells.Length;
        var targets = new HeaderTarget?[width];
        var headers = new string[width];
        var columns = new List<HeaderColumn>();
        var unknown = new List<(int, int, string)>();
        var duplicates = new List<(ColumnSpec, int, int)>();
        for (var i = 0; i < width; i++)
        {
            var childText = Text(child.Cells[i]).Trim();
            var parentText = parent is null ? "" : Text(parent.Cells[i]).Trim();
            var target = HeaderText.Match(schema, childText);
            var header = childText;
            if (target is null && childText.Length == 0 && parentText.Length > 0)
                (target, header) = (HeaderText.Match(schema, parentText), parentText);
            headers[i] = header;
            if (target is null)
            {
                if (childText.Length > 0)
                    unknown.Add((child.Number, i, childText));
                continue;
            }
            if (HeaderText.IsIgnored(target)) continue;
            if (target.Spec is { } spec && Array.FindIndex(targets, t => t?.Spec == spec) is var first and >= 0)
            {
                duplicates.Add((spec, first, i));
                continue;
            }
            targets[i] = target;
            columns.Add(new HeaderColumn(target.Target!.Key, target.Split?.Part, i, SheetLayout.Letter(i), header));
        }
        var firstHeader = parent?.Number ?? child.Number;
        var title = string.Join(' ', rows.Where(r => r.Number < firstHeader).SelectMany(r => r.Cells.OfType<string>()));
        int? year = null;
        if (parent is not null && parent.Cells.OfType<string>().Select(s => YearCell().Match(s.Trim())).FirstOrDefault(m => m.Success) is { } m)
            year = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new SheetLayout
        {
            FirstHeaderRow = firstHeader, LastHeaderRow = Math.Max(firstHeader, child.Number),
            Targets = targets, Headers = headers, Columns = columns, Title = title, HeaderYear = year,
            Unknown = unknown, Duplicates = duplicates,
        };
    }

    [GeneratedRegex(@"^(\d{4})\s*年?$")]
    private static partial Regex YearCell();
}
