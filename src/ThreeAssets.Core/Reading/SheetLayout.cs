using System.Globalization;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Reading;

/// <summary>One column of the uploaded sheet as it was understood: the header map entry.</summary>
/// <param name="Key">Schema column key (<c>date</c>, <c>income</c>).</param>
/// <param name="Part">Set when the sheet column holds only part of the schema column (月 of a date).</param>
/// <param name="Index">0-based column index in the sheet.</param>
/// <param name="Letter">Column letter(s) in the sheet (A, AB).</param>
/// <param name="Header">The header text as printed in the file (借方, 凭证日期).</param>
public sealed record HeaderColumn(string Key, ColumnPart? Part, int Index, string Letter, string Header);

/// <summary>Where the table sits in a sheet and what each column holds.</summary>
internal sealed class SheetLayout
{
    public required int FirstHeaderRow { get; init; }

    public required int LastHeaderRow { get; init; }

    /// <summary>By sheet column index; null for columns ignored or not understood.</summary>
    public required HeaderTarget?[] Targets { get; init; }

    public required string[] Headers { get; init; }

    public required IReadOnlyList<HeaderColumn> Columns { get; init; }

    /// <summary>Text of the title and meta rows above the header (for the year and the period).</summary>
    public required string Title { get; init; }

    /// <summary>A year printed in a parent header cell (2026年 over 月|日).</summary>
    public int? HeaderYear { get; init; }

    /// <summary>Header cells that name no column of this ledger: (row, index, text).</summary>
    public required IReadOnlyList<(int Row, int Index, string Text)> Unknown { get; init; }

    /// <summary>Columns named twice: (column, first index, second index).</summary>
    public required IReadOnlyList<(ColumnSpec Spec, int First, int Second)> Duplicates { get; init; }

    /// <summary>The sheet column bound directly to a schema column, or -1.</summary>
    public int IndexOf(ColumnSpec spec) => Array.FindIndex(Targets, t => t?.Spec == spec);

    /// <summary>The sheet column holding a part of a schema column, or -1.</summary>
    public int IndexOf(ColumnSpec spec, ColumnPart part) =>
        Array.FindIndex(Targets, t => t?.Split is { } s && s.Part == part && s.Target == spec);

    /// <summary>True when the column can be filled, directly or from its parts.</summary>
    public bool Has(ColumnSpec spec) => Array.Exists(Targets, t => t?.Target == spec || t?.Split?.EndTarget == spec);

    public static string Letter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    public static string Cell(int index, int row) => Letter(index) + row.ToString(CultureInfo.InvariantCulture);
}
