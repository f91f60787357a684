using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Privacy;

namespace ThreeAssets.Web.Features.PublicData;

/// <summary>
/// The one place the public surfaces (HTML, CSV, XLSX; the open-data API may share it) mask a published row:
/// people's names become 张**, ID, phone and bank numbers inside any text are cut down. Built on
/// <see cref="PersonalData"/>; to be folded together with the notices' public-row masking when that lands.
/// </summary>
public static class PublicMask
{
    /// <summary>The row as the public sees it; the same type as <paramref name="row"/>.</summary>
    public static object Row(object row) => row switch
    {
        FundsRow f => f with
        {
            Voucher = Text(f.Voucher), Summary = Text(f.Summary), AccountName = PersonalData.MaskText(f.AccountName),
            Counterparty = PersonalData.MaskParty(f.Counterparty), Handler = PersonalData.MaskParty(f.Handler),
            Approver = PersonalData.MaskParty(f.Approver),
        },
        AssetRow a => a with
        {
            Code = Text(a.Code), Name = Text(a.Name), Location = PersonalData.MaskText(a.Location),
            Lessee = PersonalData.MaskParty(a.Lessee), Remarks = PersonalData.MaskText(a.Remarks),
        },
        ResourceRow r => r with
        {
            Code = Text(r.Code), Name = Text(r.Name), Location = PersonalData.MaskText(r.Location),
            Boundaries = PersonalData.MaskText(r.Boundaries), Contractor = PersonalData.MaskParty(r.Contractor),
            ContractNo = PersonalData.MaskText(r.ContractNo), Remarks = PersonalData.MaskText(r.Remarks),
        },
        _ => throw new ArgumentException($"Not a ledger row: {row.GetType().Name}", nameof(row)),
    };

    /// <summary>Masked rows, or the originals for staff whose scope covers the village.</summary>
    public static IEnumerable<object> Rows(IEnumerable<object> rows, bool showOriginals) =>
        showOriginals ? rows : rows.Select(Row);

    private static string Text(string text) => PersonalData.MaskText(text) ?? text;
}
