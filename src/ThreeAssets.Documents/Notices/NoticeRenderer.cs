using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Documents.Fonts;
using ThreeAssets.Documents.Layout;

namespace ThreeAssets.Documents.Notices;

/// <summary>
/// Renders a <see cref="NoticeDocument"/> as an A4 PDF notice (公示). Thread-safe; the same input always
/// gives the same bytes, so a stored notice can be regenerated and compared hash for hash.
/// </summary>
public sealed class NoticeRenderer
{
    /// <summary>Creates a renderer; the first one in a process installs the font for all.</summary>
    /// <param name="fonts">Font files; <see cref="NoticeFontOptions.Default"/> when null. Every renderer
    /// in a process must use the same files (PDFsharp's font resolver is global).</param>
    public NoticeRenderer(NoticeFontOptions? fonts = null) => NoticeFonts.EnsureRegistered(fonts ?? NoticeFontOptions.Default);

    /// <summary>The notice as PDF bytes.</summary>
    /// <exception cref="ArgumentException">A fingerprint that is not 1–128 printable ASCII characters without
    /// spaces, a publication URL that is not absolute http(s), or a funds notice without <see cref="NoticeDocument.FundsSummary"/>.</exception>
    [SuppressMessage("Performance", "CA1822:Mark members as static",
        Justification = "Rendering needs the font the constructor installs; an instance method makes that order unavoidable.")]
    public byte[] Render(NoticeDocument notice)
    {
        Validate(notice);
        using var culture = InvariantCultureScope.Enter();
        using var document = new PdfDocument();
        Describe(document, notice);
        var style = new NoticeStyle();
        using (var flow = new PageFlow(document, style, f => NoticeFrame.RunningTitle(f, notice)))
        {
            flow.NewPage();
            NoticeHeader.Draw(flow, notice);
            foreach (var table in Tables(notice)) TableRenderer.Draw(flow, table);
            NoticeClosing.Draw(flow, notice);
            flow.Dispose(); // closes the last page's graphics, which must happen before the frame reopens pages
            NoticeFrame.Stamp(flow.Pages, notice, style);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        var pdf = output.ToArray();
        ReproducibleOutput.Apply(pdf, Seed(notice));
        return pdf;
    }

    private static void Validate(NoticeDocument notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!NoticeInspector.IsPlausible(notice.Fingerprint))
            throw new ArgumentException($"Fingerprint '{notice.Fingerprint}' is not 1–128 printable ASCII characters.", nameof(notice));
        // On Unix "/publications/1" parses as an absolute file: URI, hence the scheme test.
        if (!Uri.TryCreate(notice.PublicationUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"Publication URL '{notice.PublicationUrl}' is not an absolute http(s) URL; a phone cannot open anything else.", nameof(notice));
    }

    // Each kind's notice has its own tables (a PDF layout, so it lives here rather than in the Core descriptor).
    private static readonly Dictionary<LedgerKind, Func<NoticeDocument, IEnumerable<TableBlock>>> Layouts = new()
    {
        [LedgerKinds.Funds.Kind] = FundsNotice.Tables,
        [LedgerKinds.Assets.Kind] = AssetsNotice.Tables,
        [LedgerKinds.Resources.Kind] = ResourcesNotice.Tables,
    };

    private static IEnumerable<TableBlock> Tables(NoticeDocument n) => Layouts.TryGetValue(n.Kind, out var tables)
        ? tables(n)
        : throw new ArgumentOutOfRangeException(nameof(n), n.Kind, "No notice layout for this ledger kind.");

    private static void Describe(PdfDocument document, NoticeDocument n)
    {
        document.Options.Layout = PdfWriterLayout.Compact;
        var info = document.Info;
        info.Title = NoticeText.Title(n);
        info.Subject = $"{n.TownshipName} {n.VillageName} 三资公开公示 第 {n.Version} 版";
        info.Author = n.ApprovingOrganisation;
        info.Keywords = NoticeMetadata.KeywordsPrefix + n.Fingerprint;
        info.Creator = "ThreeAssets";
        // Fixed dates and IDs derived from the content instead of "now" and a random GUID: the same
        // publication must always produce the same bytes.
        info.CreationDate = n.PublishedAt.UtcDateTime;
        info.ModificationDate = n.PublishedAt.UtcDateTime;
        info.Elements.SetString(NoticeMetadata.FingerprintKey, n.Fingerprint);
        info.Elements.SetString(NoticeMetadata.PublicationUrlKey, n.PublicationUrl);
        info.Elements.SetString(NoticeMetadata.VersionKey, n.Version.ToString(CultureInfo.InvariantCulture));
        var id = DocumentId(n);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
    }

    // What identifies a notice; everything random-looking in the file is derived from it.
    private static string Seed(NoticeDocument n) => $"{n.Fingerprint}|{n.Version}|{n.PublicationUrl}";

    // PDFsharp keeps IDs as strings of byte-valued chars; 16 bytes like the GUID it would use.
    private static string DocumentId(NoticeDocument n)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Seed(n)));
        return new string(hash.AsSpan(0, 16).ToArray().Select(b => (char)b).ToArray());
    }
}
