using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using A = ThreeAssets.Core.Ledgers.AssetsSchema;

namespace ThreeAssets.Core.Validation;

/// <summary>
/// Assets rules: net value = original − depreciation, depreciation within 0..original, unique codes,
/// leased assets with lessee, rent and term; assets gone since the previous snapshot.
/// </summary>
internal sealed class AssetsChecks(CheckContext context) : LedgerChecks<AssetRow>(context)
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);

    public override void OnRow(RowValues v)
    {
        var original = v.Fen(A.OriginalValue) ?? 0;
        var depreciation = v.Fen(A.Depreciation) ?? 0;
        var net = v.Fen(A.NetValue);
        var code = v.Text(A.Code);
        CheckUnique(_codes, code, v, A.Code, Rules.AssetDuplicateCode);
        // A value that could not be read is reported already; comparing with it would only add noise. The
        // net value is not needed to judge the depreciation: a negative 净值 (itself a CELL-RANGE) must not
        // hide the 累计折旧 cell that is to be corrected.
        var pairReadable = !v.Invalid(A.OriginalValue) && !v.Invalid(A.Depreciation);
        if (pairReadable && depreciation > original && v.Has(A.OriginalValue))
            Context.Add(Rules.AssetDepreciation.At(v.Site(A.Depreciation), Yuan(depreciation), Yuan(original)));
        else if (pairReadable && !v.Invalid(A.NetValue) && net is { } stated && stated != original - depreciation)
            Context.Add(Rules.AssetNetValue.At(v.Site(A.NetValue), Yuan(stated), Yuan(original - depreciation)));

        var status = v.Text(A.Status) ?? "";
        if (status == A.LeasedStatus && Missing(v, A.Lessee, A.AnnualRent, A.LeaseStart, A.LeaseEnd) is { Length: > 0 } missing)
            Context.Add(Rules.AssetLeaseIncomplete.At(FirstEmpty(v, A.Status, A.Lessee, A.AnnualRent, A.LeaseStart, A.LeaseEnd), status, null, missing));
        if (v.Date(A.LeaseStart) is { } start && v.Date(A.LeaseEnd) is { } end && end < start)
            Context.Add(Rules.AssetLeaseDates.At(v.Site(A.LeaseEnd), CellText.Date(end), CellText.Date(start)));

        Rows.Add(new AssetRow(v.Row, code ?? "", v.Text(A.Name) ?? "", v.Text(A.Category) ?? "", v.Date(A.AcquiredOn),
            v.Number(A.Quantity), v.Text(A.Unit), original, depreciation, net ?? original - depreciation, v.Text(A.Location),
            status, v.Text(A.Lessee), v.Fen(A.AnnualRent), v.Date(A.LeaseStart), v.Date(A.LeaseEnd), v.Text(A.Remarks)));
    }

    public override void Finish()
    {
        if (Context.Options.Previous?.AssetStatuses is not { } previous) return;
        foreach (var (code, status) in previous)
        {
            if (status != A.DisposedStatus && !_codes.ContainsKey(code))
                Context.Add(Rules.PeriodAssetMissing.At(Context.WholeFile with { Column = A.Code.Header }, code, status));
        }
    }
}
