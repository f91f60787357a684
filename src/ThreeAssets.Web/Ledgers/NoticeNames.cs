using ThreeAssets.Core.Ledgers;
using ThreeAssets.Documents.Notices;

namespace ThreeAssets.Web.Ledgers;

/// <summary>Names of notices and batches, as residents and township staff see them in their downloads folder.</summary>
internal static class NoticeNames
{
    // NoticeFile.NameFor reads only the naming fields; the rest are placeholders until the issuer fills them.
    public static NoticeDocument Describe(string township, string village, LedgerKind kind, string period, int version) => new()
    {
        Kind = kind,
        TownshipName = township,
        VillageName = village,
        Period = Period.Parse(period),
        Version = version,
        PublishedAt = default,
        ApprovingOrganisation = "",
        Fingerprint = "",
        PublicationUrl = "",
    };

    /// <summary>青河镇-青河村-2026-10-资金收支公开-第1版.pdf</summary>
    public static string File(string township, string village, LedgerKind kind, string period, int version) =>
        NoticeFile.NameFor(Describe(township, village, kind, period, version));

    /// <summary>青河镇 2026年10月 三资公开公示汇编</summary>
    public static string BatchTitle(string township, Period period) => $"{township} {period.ToChinese()} 三资公开公示汇编";

    /// <summary>青河镇-2026-10-三资公开公示汇编.pdf (or .zip)</summary>
    public static string BatchFile(string township, Period period, string extension) => $"{township}-{period}-三资公开公示汇编.{extension}";
}
