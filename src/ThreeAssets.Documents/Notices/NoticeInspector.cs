using System.Diagnostics.CodeAnalysis;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using ThreeAssets.Core.Reading;

namespace ThreeAssets.Documents.Notices;

/// <summary>What a notice PDF says about itself: the publication it was generated for.</summary>
/// <param name="Fingerprint">The publication's fingerprint.</param>
/// <param name="PublicationUrl">The online page of the publication, when recorded.</param>
/// <param name="Version">The publication version, when recorded.</param>
public sealed record NoticeStamp(string Fingerprint, string? PublicationUrl, int? Version);

/// <summary>
/// Reads the fingerprint back out of an uploaded notice, for /verify. Uploads are untrusted: any bytes
/// give an answer or null, never an exception. Whether the file is unaltered is a separate question,
/// answered by comparing its SHA-256 with the stored notice's.
/// </summary>
public static class NoticeInspector
{
    private const int MaxFingerprintLength = 128;

    // A notice opens in milliseconds; a file that takes seconds is not one.
    private static readonly TimeSpan ParseTime = TimeSpan.FromSeconds(10);

    /// <summary>The fingerprint recorded in a notice's metadata, or null when there is none or the bytes are no readable PDF.</summary>
    public static string? TryReadFingerprint(byte[]? pdf) => TryRead(pdf)?.Fingerprint;

    /// <summary>Fingerprint, URL and version recorded in a notice's metadata, or null (see <see cref="TryReadFingerprint"/>).</summary>
    public static NoticeStamp? TryRead(byte[]? pdf) => TryRead(pdf, out _);

    /// <summary>
    /// As <see cref="TryRead(byte[])"/>, and says why a file was refused before it was parsed: nested too
    /// deep, inflating too much, or taking too long (see <see cref="PdfPrescan"/> and <see cref="BoundedParse"/>).
    /// </summary>
    public static NoticeStamp? TryRead(byte[]? pdf, out PdfRefusal refusal)
    {
        refusal = PdfRefusal.None;
        if (pdf is null || !LooksLikePdf(pdf)) return null;
        refusal = PdfPrescan.Check(pdf);
        if (refusal != PdfRefusal.None) return null;
        var timedOut = false;
        var stamp = BoundedParse.Run(() => Parse(pdf), ParseTime, () => { timedOut = true; return null; });
        if (timedOut) refusal = PdfRefusal.TooSlow;
        return stamp;
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types",
        Justification = "Arbitrary uploaded bytes make PDFsharp throw many exception types; every one means 'not a notice'.")]
    private static NoticeStamp? Parse(byte[] pdf)
    {
        try
        {
            using var document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
            return Stamp(document.Info);
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static NoticeStamp? Stamp(PdfDocumentInformation info)
    {
        var fingerprint = info.Elements.GetString(NoticeMetadata.FingerprintKey);
        // Tools that rewrite a PDF often drop custom keys but keep Keywords.
        if (string.IsNullOrEmpty(fingerprint) && info.Keywords.StartsWith(NoticeMetadata.KeywordsPrefix, StringComparison.Ordinal))
            fingerprint = info.Keywords[NoticeMetadata.KeywordsPrefix.Length..];
        fingerprint = fingerprint.Trim();
        if (!IsPlausible(fingerprint)) return null;

        var url = info.Elements.GetString(NoticeMetadata.PublicationUrlKey);
        var version = int.TryParse(info.Elements.GetString(NoticeMetadata.VersionKey), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : (int?)null;
        return new NoticeStamp(fingerprint, string.IsNullOrWhiteSpace(url) ? null : url, version);
    }

    // A fingerprint is short printable ASCII; anything else is not ours and must not reach a lookup.
    // The renderer refuses any other, so that every notice it writes can be read back here.
    internal static bool IsPlausible(string fingerprint) =>
        fingerprint.Length is > 0 and <= MaxFingerprintLength && fingerprint.All(c => c is > ' ' and < (char)127);

    // PDF readers accept the header anywhere in the first kilobyte.
    private static bool LooksLikePdf(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0;
}
