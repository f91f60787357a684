using System.Globalization;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Documents.Notices;

/// <summary>Words and number formats printed on notices.</summary>
internal static class NoticeText
{
    public static string KindTitle(LedgerKind kind) => LedgerKinds.Of(kind).NoticeTitle;

    public static string Title(NoticeDocument n) => $"{n.VillageName} {n.Period.ToChinese()} {KindTitle(n.Kind)}";

    /// <summary>The publication date as residents read it: the day in China, whatever the server's zone.</summary>
    public static DateOnly PublishedDate(NoticeDocument n) => ChinaTime.DateOf(n.PublishedAt);

    /// <summary>The portal's /verify page, on the host of the publication URL.</summary>
    public static string VerifyUrl(NoticeDocument n) => new Uri(new Uri(n.PublicationUrl), "/verify").ToString();

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string ShortDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Amount(long fen) => Money.Format(fen);

    public static string Amount(long? fen) => fen is { } f ? Money.Format(f) : "";

    /// <summary>Income or expense cell: blank rather than 0.00 for the side a row does not use.</summary>
    public static string AmountOrBlank(long fen) => fen == 0 ? "" : Money.Format(fen);

    public static string Area(decimal mu) => mu.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal? n) => n?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    public static string Percent(decimal part, decimal whole) =>
        whole == 0 ? "—" : (part / whole).ToString("0.0%", CultureInfo.InvariantCulture);

    /// <summary>Joins non-empty parts on separate lines of one cell.</summary>
    public static string Lines(params string?[] parts) => string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
