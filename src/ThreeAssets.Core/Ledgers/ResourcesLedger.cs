using System.Globalization;
using ThreeAssets.Core.Privacy;
using ThreeAssets.Core.Validation;
using R = ThreeAssets.Core.Ledgers.ResourcesSchema;

namespace ThreeAssets.Core.Ledgers;

/// <summary>资源台账 as a kind: a quarter-end snapshot of land, forest and water surface and their contracts.</summary>
internal static class ResourcesLedger
{
    public static readonly LedgerDescriptor<ResourceRow> Descriptor = new(R.Schema)
    {
        ShortName = "资源",
        NoticeTitle = "资源公开",
        IsSnapshot = true,
        TemplateNotes =
        [
            "对外发包或租赁的资源，请填写承包方或承租方、合同编号、合同起止日期和年承包费。",
            "租赁期限不能超过 20 年（《民法典》第七百零五条）。",
        ],
        LeadingColumns = ["name", "type", "area", "operationMode", "contractor", "annualFee"],
        Filters =
        [
            RowFilter.Of<ResourceRow>("type", "资源类型", rows => AssetsLedger.Distinct(rows.Select(r => r.Type)), (r, v) => r.Type == v),
            RowFilter.Of<ResourceRow>("mode", "经营方式", rows => AssetsLedger.Distinct(rows.Select(r => r.OperationMode)), (r, v) => r.OperationMode == v),
        ],
        Cells = Cell,
        Masked = r => r with
        {
            Code = PublicRows.Text(r, R.Code)!,
            Name = PublicRows.Text(r, R.Name)!,
            Location = PublicRows.Text(r, R.Location),
            Boundaries = PublicRows.Text(r, R.Boundaries),
            Contractor = PublicRows.Text(r, R.Contractor),
            ContractNo = PublicRows.Text(r, R.ContractNo),
            Remarks = PublicRows.Text(r, R.Remarks),
        },
        Key = r => r.Code,
        Description = r => $"{r.Code} {r.Name}",
        Sums = (rows, _) =>
        [
            new("资源总面积（亩）", Figure: rows.Sum(r => r.AreaMu).ToString("#,##0.##", CultureInfo.InvariantCulture)),
            new("年承包费合计", rows.Sum(r => r.AnnualFee ?? 0)),
            new("本年应收", rows.Sum(r => r.ReceivableThisYear ?? 0)),
            new("本年已收", rows.Sum(r => r.ReceivedThisYear ?? 0)),
        ],
        NewChecks = context => new ResourcesChecks(context),
    };

    private static object? Cell(ResourceRow r, string key) => key switch
    {
        "code" => r.Code,
        "name" => r.Name,
        "type" => r.Type,
        "area" => r.AreaMu,
        "location" => r.Location,
        "boundaries" => r.Boundaries,
        "operationMode" => r.OperationMode,
        "contractor" => r.Contractor,
        "contractNo" => r.ContractNo,
        "contractStart" => r.ContractStart,
        "contractEnd" => r.ContractEnd,
        "annualFee" => LedgerCells.Yuan(r.AnnualFee),
        "unitPrice" => LedgerCells.Yuan(r.UnitPrice),
        "tenderMethod" => r.TenderMethod,
        "resolutionDate" => r.ResolutionDate,
        "receivable" => LedgerCells.Yuan(r.ReceivableThisYear),
        "received" => LedgerCells.Yuan(r.ReceivedThisYear),
        "remarks" => r.Remarks,
        _ => throw Descriptor.UnknownColumn(key),
    };
}
