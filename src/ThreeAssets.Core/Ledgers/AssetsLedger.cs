using ThreeAssets.Core.Privacy;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Validation;
using A = ThreeAssets.Core.Ledgers.AssetsSchema;

namespace ThreeAssets.Core.Ledgers;

/// <summary>资产台账 as a kind: a quarter-end snapshot of buildings, machinery and facilities.</summary>
internal static class AssetsLedger
{
    public static readonly LedgerDescriptor<AssetRow> Descriptor = new(A.Schema)
    {
        ShortName = "资产",
        NoticeTitle = "资产公开",
        IsSnapshot = true,
        TemplateNotes =
        [
            "已经处置（卖掉、报废）的资产不要删除，请把「使用状态」改为“已处置”。",
            "出租出借的资产，请填写承租方、年租金和租期。",
        ],
        LeadingColumns = ["name", "category", "netValue", "status", "lessee", "annualRent"],
        Filters =
        [
            RowFilter.Of<AssetRow>("category", "资产类别", rows => Distinct(rows.Select(a => a.Category)), (a, v) => a.Category == v),
            RowFilter.Of<AssetRow>("status", "使用状态", rows => Distinct(rows.Select(a => a.Status)), (a, v) => a.Status == v),
        ],
        Cells = Cell,
        Masked = a => a with
        {
            Code = PublicRows.Text(a, A.Code)!,
            Name = PublicRows.Text(a, A.Name)!,
            Unit = PublicRows.Text(a, A.Unit),
            Location = PublicRows.Text(a, A.Location),
            Lessee = PublicRows.Text(a, A.Lessee),
            Remarks = PublicRows.Text(a, A.Remarks),
        },
        Key = a => a.Code,
        Description = a => $"{a.Code} {a.Name}",
        Sums = (rows, _) => rows.GroupBy(a => a.Category).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LedgerTotal(g.Key, g.Sum(a => a.NetValue)))
            .Append(new LedgerTotal("资产净值合计", rows.Sum(a => a.NetValue))).ToList(),
        CarriesRows = true,
        Carried = (rows, _) => new PreviousPublication(AssetStatuses: rows
            .GroupBy(a => a.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Status, StringComparer.Ordinal)),
        NewChecks = context => new AssetsChecks(context),
    };

    /// <summary>Each value once, in ordinal order, shown as itself.</summary>
    internal static IEnumerable<(string, string)> Distinct(IEnumerable<string> values) =>
        values.Distinct().Order(StringComparer.Ordinal).Select(v => (v, v));

    private static object? Cell(AssetRow r, string key) => key switch
    {
        "code" => r.Code,
        "name" => r.Name,
        "category" => r.Category,
        "acquiredOn" => r.AcquiredOn,
        "quantity" => r.Quantity,
        "unit" => r.Unit,
        "originalValue" => LedgerCells.Yuan(r.OriginalValue),
        "depreciation" => LedgerCells.Yuan(r.AccumulatedDepreciation),
        "netValue" => LedgerCells.Yuan(r.NetValue),
        "location" => r.Location,
        "status" => r.Status,
        "lessee" => r.Lessee,
        "annualRent" => LedgerCells.Yuan(r.AnnualRent),
        "leaseStart" => r.LeaseStart,
        "leaseEnd" => r.LeaseEnd,
        "remarks" => r.Remarks,
        _ => throw Descriptor.UnknownColumn(key),
    };
}
