using ThreeAssets.Core.Ledgers;
using ThreeAssets.Documents.Layout;
using static ThreeAssets.Documents.Notices.NoticeText;

namespace ThreeAssets.Documents.Notices;

/// <summary>Tables of an assets notice: key figures, the register, and totals by category and by status.</summary>
internal static class AssetsNotice
{
    private static readonly Column<AssetRow>[] Register =
    [
        new("编号", 38, a => a.Code),
        new("名称", 68, a => a.Name),
        new("类别", 54, a => a.Category),
        new("购建日期", 54, a => ShortDate(a.AcquiredOn)),
        new("数量", 26, a => $"{Number(a.Quantity)}{a.Unit}", AlignRight: true),
        new("原值", 56, a => Amount(a.OriginalValue), AlignRight: true),
        new("累计折旧", 50, a => Amount(a.AccumulatedDepreciation), AlignRight: true),
        new("净值", 56, a => Amount(a.NetValue), AlignRight: true),
        new("坐落位置", 46, a => a.Location ?? ""),
        new("使用状态", 40, a => a.Status),
        new("承租方\n年租金", 64, a => Lines(a.Lessee, Amount(a.AnnualRent))),
    ];

    private static readonly Column<Group>[] Totals =
    [
        new("", 110, g => g.Name),
        new("项数", 40, g => Count(g.Count), AlignRight: true),
        new("原值", 90, g => Amount(g.Original), AlignRight: true),
        new("累计折旧", 90, g => Amount(g.Depreciation), AlignRight: true),
        new("净值", 90, g => Amount(g.Net), AlignRight: true),
        new("年租金", 80, g => AmountOrBlank(g.Rent), AlignRight: true),
    ];

    private sealed record Group(string Name, int Count, long Original, long Depreciation, long Net, long Rent);

    public static IEnumerable<TableBlock> Tables(NoticeDocument n)
    {
        var rows = n.RowsOf<AssetRow>();
        var all = Sum("合计", rows);
        var unit = $"（单位：元；截至 {Date(n.Period.End)}）";

        yield return new TableBlock("资产概况" + unit,
            [new("资产项数", 1, true), new("原值合计", 1, true), new("累计折旧", 1, true), new("净值合计", 1, true), new("出租出借年租金", 1, true)],
            [new([Count(all.Count), Amount(all.Original), Amount(all.Depreciation), Amount(all.Net), Amount(all.Rent)])]);

        yield return Register.ToTable("资产台账" + unit, rows,
            after: [Register.Row(true, ("名称", $"合计（{Count(rows.Count)} 项）"), ("原值", Amount(all.Original)),
                ("累计折旧", Amount(all.Depreciation)), ("净值", Amount(all.Net)))]);

        yield return ByKey("按资产类别汇总", "类别", rows, a => a.Category, CanonicalOrder.AssetCategories, all);
        yield return ByKey("按使用状态汇总", "使用状态", rows, a => a.Status, CanonicalOrder.AssetStatuses, all);
    }

    private static TableBlock ByKey(string caption, string header, IReadOnlyList<AssetRow> rows, Func<AssetRow, string> key,
        IReadOnlyList<string> order, Group all)
    {
        var schema = Totals.Select((c, i) => i == 0 ? c with { Header = header } : c).ToList();
        var groups = rows.GroupBy(key).Ordered(order).Select(g => Sum(g.Key, g.ToList()));
        return schema.ToTable(caption + "（单位：元）", groups,
            after: [new TableRow(schema.Select(c => c.Cell(all)).ToList(), Emphasis: true)]);
    }

    private static Group Sum(string name, IReadOnlyList<AssetRow> rows) => new(name, rows.Count,
        rows.Sum(r => r.OriginalValue), rows.Sum(r => r.AccumulatedDepreciation), rows.Sum(r => r.NetValue),
        rows.Sum(r => r.AnnualRent ?? 0));
}
