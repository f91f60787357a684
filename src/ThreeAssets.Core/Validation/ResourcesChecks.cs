using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using R = ThreeAssets.Core.Ledgers.ResourcesSchema;

namespace ThreeAssets.Core.Validation;

/// <summary>
/// Resources rules: unique codes, contract fields for contracted and leased land, contract dates in
/// order, leases of at most 20 years, unit price = fee ÷ area, expired contracts and unpaid fees.
/// </summary>
internal sealed class ResourcesChecks(CheckContext context) : LedgerChecks<ResourceRow>(context)
{
    private const int MaxLeaseYears = 20;
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);

    private DateOnly? AsOf => Context.Options.AsOf ?? Context.Period?.End;

    public override void OnRow(RowValues v)
    {
        var code = v.Text(R.Code);
        CheckUnique(_codes, code, v, R.Code, Rules.ResourceDuplicateCode);
        var mode = v.Text(R.OperationMode) ?? "";
        var contracted = R.ContractedModes.Contains(mode);
        if (contracted && Missing(v, R.Contractor, R.ContractNo, R.ContractStart, R.ContractEnd, R.AnnualFee) is { Length: > 0 } missing)
            Context.Add(Rules.ResourceContractIncomplete.At(FirstEmpty(v, R.OperationMode, R.Contractor, R.ContractNo, R.ContractStart, R.ContractEnd, R.AnnualFee), mode, null, missing));
        CheckTerm(v, mode, contracted);
        CheckUnitPrice(v);
        if (v.Fen(R.Receivable) is { } due && v.Fen(R.Received) is { } paid && paid < due)
            Context.Add(Rules.ResourceUnpaid.At(v.Site(R.Received), Yuan(paid), Yuan(due), Yuan(due - paid)));

        Rows.Add(new ResourceRow(v.Row, code ?? "", v.Text(R.Name) ?? "", v.Text(R.Type) ?? "", v.Number(R.Area) ?? 0,
            v.Text(R.Location), mode, v.Text(R.Contractor), v.Text(R.ContractNo), v.Date(R.ContractStart), v.Date(R.ContractEnd),
            v.Fen(R.AnnualFee), v.Fen(R.UnitPrice), v.Text(R.TenderMethod), v.Date(R.ResolutionDate), v.Fen(R.Receivable),
            v.Fen(R.Received), v.Text(R.Remarks), v.Text(R.Boundaries)));
    }

    private void CheckTerm(RowValues v, string mode, bool contracted)
    {
        if (v.Date(R.ContractEnd) is not { } end) return;
        if (v.Date(R.ContractStart) is { } start)
        {
            if (end < start)
                Context.Add(Rules.ResourceContractDates.At(v.Site(R.ContractEnd), CellText.Date(end), CellText.Date(start)));
            // Twenty years from 2020-01-01 ends 2039-12-31; a day's slack allows 2040-01-01 written as the end.
            else if (mode == R.LeaseMode && end > start.AddYears(MaxLeaseYears))
                Context.Add(Rules.ResourceLeaseTooLong.At(v.Site(R.ContractEnd), CellText.Date(end), CellText.Date(start)));
        }
        if (contracted && AsOf is { } asOf && end < asOf)
            Context.Add(Rules.ResourceContractExpired.At(v.Site(R.ContractEnd), CellText.Date(end), null, mode));
    }

    private void CheckUnitPrice(RowValues v)
    {
        if (v.Fen(R.AnnualFee) is not { } fee || v.Number(R.Area) is not { } area || area <= 0 || v.Fen(R.UnitPrice) is not { } price)
            return;
        var expected = Money.ToFen(Money.ToYuan(fee) / area);
        // One fen of slack: the price was rounded to the fen before being written down.
        if (Math.Abs(expected - price) > 1)
            Context.Add(Rules.ResourceUnitPrice.At(v.Site(R.UnitPrice), Yuan(price), Yuan(expected)));
    }
}
