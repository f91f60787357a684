using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Privacy;

namespace ThreeAssets.Web.Features.OpenData;

/// <summary>
/// A stored row as the public may see it (DESIGN §5): personal data masked, amounts as yuan with two decimals.
/// The one place the open-data API masks; the HTML tables and downloads can call <see cref="Cell"/> too.
/// When Core/Privacy gains its shared public-row function, this should delegate to it.
/// </summary>
public static class PublicRowValues
{
    // Columns that name a person or an organisation: a private person becomes 张**, organisations stay readable.
    private static readonly HashSet<string> PartyColumns = new(StringComparer.Ordinal)
    {
        FundsSchema.Counterparty.Key, FundsSchema.Handler.Key, FundsSchema.Approver.Key, "lessee", "contractor",
    };

    /// <summary>The public value of one cell: masked text, yuan rounded to two decimals (12.50, not 12.5).</summary>
    public static object? Cell(ColumnSpec column, object? value) => value switch
    {
        string s when PartyColumns.Contains(column.Key) => PersonalData.MaskParty(s),
        // Free text (摘要, 备注, 坐落…) can hold a phone or ID number typed by the accountant.
        string s => PersonalData.MaskText(s),
        // Adding 0.00m gives the decimal a scale of two, which System.Text.Json writes as 12.50.
        decimal m when column.Type == ColumnType.Amount => decimal.Round(m, 2) + 0.00m,
        _ => value,
    };

    /// <summary>A whole row keyed by the schema's column keys (date, income…), plus its 1-based row number.</summary>
    public static Dictionary<string, object?> Row(LedgerSchema schema, object row, int rowNo)
    {
        var values = new Dictionary<string, object?>(schema.Columns.Count + 1, StringComparer.Ordinal) { ["rowNo"] = rowNo };
        foreach (var column in schema.Columns)
            values[column.Key] = Cell(column, LedgerCells.Get(row, column));
        return values;
    }

    /// <summary>Fen as yuan with two decimals, for totals.</summary>
    public static decimal Yuan(long fen) => Money.ToYuan(fen) + 0.00m;
}
