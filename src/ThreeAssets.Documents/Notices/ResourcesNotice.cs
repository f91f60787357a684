using ThreeAssets.Core.Ledgers;
using ThreeAssets.Documents.Layout;
using static ThreeAssets.Documents.Notices.NoticeText;

namespace ThreeAssets.Documents.Notices;

/// <summary>Tables of a resources notice: key figures, the register, and totals by resource type.</summary>
internal static class ResourcesNotice
{
    // Operation modes under which someone else works the land and owes the village a fee.
    private static readonly HashSet<string> Contracted = ["家庭承包", "对外发包", "租赁"];

    private static readonly Column<ResourceRow>[] Register =
    [
        new("编号", 38, r => r.Code),
        new("名称", 60, r => r.Name),
        new("类型", 46, r => r.Type),
        new("面积\n（亩）", 38, r => Area(r.AreaMu), AlignRight: true),
        new("坐落位置", 48, r => r.Location ?? ""),
        new("经营方式", 40, r => r.OperationMode),
        new("承包方\n合同编号", 58, r => Lines(r.Contractor, r.ContractNo)),
        new("合同期限", 60, r => r.ContractStart is null && r.ContractEnd is null ? "" : $"{ShortDate(r.ContractStart)} 至\n{ShortDate(r.ContractEnd)}"),
        new("年承包费", 52, r => Amount(r.AnnualFee), AlignRight: true),
        new("发包方式", 40, r => r.TenderMethod ?? ""),
        new("本年应收\n本年已收", 56, r => Lines(Amount(r.ReceivableThisYear), Amount(r.ReceivedThisYear)), AlignRight: true),
    ];

    private sealed record Group(string Name, int Count, decimal Area, decimal ContractedArea, long Fee, long Receivable, long Received);

    private static readonly Column<Group>[] ByType =
    [
        new("资源类型", 90, g => g.Name),
        new("块数", 34, g => Count(g.Count), AlignRight: true),
        new("面积（亩）", 62, g => Area(g.Area), AlignRight: true),
        new("已发包面积（亩）", 70, g => Area(g.ContractedArea), AlignRight: true),
        new("发包比例", 46, g => Percent(g.ContractedArea, g.Area), AlignRight: true),
        new("年承包费", 74, g => Amount(g.Fee), AlignRight: true),
        new("本年应收", 74, g => Amount(g.Receivable), AlignRight: true),
        new("本年已收", 74, g => Amount(g.Received), AlignRight: true),
    ];

    public static IEnumerable<TableBlock> Tables(NoticeDocument n)
    {
        var rows = n.RowsOf<ResourceRow>();
        var all = Sum("合计", rows);
        var unit = $"（面积单位：亩，金额单位：元；截至 {Date(n.Period.End)}）";

        yield return new TableBlock("资源概况" + unit,
            [new("资源块数", 1, true), new("总面积", 1, true), new("已发包面积", 1, true), new("年承包费合计", 1, true), new("本年未收", 1, true)],
            [new([Count(all.Count), Area(all.Area), $"{Area(all.ContractedArea)}（{Percent(all.ContractedArea, all.Area)}）",
                Amount(all.Fee), Amount(all.Receivable - all.Received)])]);

        yield return Register.ToTable("资源台账" + unit, rows,
            after: [Register.Row(true, ("名称", $"合计（{Count(rows.Count)} 块）"), ("面积\n（亩）", Area(all.Area)),
                ("年承包费", Amount(all.Fee)), ("本年应收\n本年已收", Lines(Amount(all.Receivable), Amount(all.Received))))]);

        var groups = rows.GroupBy(r => r.Type).Ordered(CanonicalOrder.ResourceTypes).Select(g => Sum(g.Key, g.ToList()));
        yield return ByType.ToTable("按资源类型汇总" + unit, groups,
            after: [new TableRow(ByType.Select(c => c.Cell(all)).ToList(), Emphasis: true)]);
    }

    private static Group Sum(string name, IReadOnlyList<ResourceRow> rows) => new(name, rows.Count,
        rows.Sum(r => r.AreaMu), rows.Where(r => Contracted.Contains(r.OperationMode)).Sum(r => r.AreaMu),
        rows.Sum(r => r.AnnualFee ?? 0), rows.Sum(r => r.ReceivableThisYear ?? 0), rows.Sum(r => r.ReceivedThisYear ?? 0));
}
