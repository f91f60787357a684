using System.Security.Cryptography;

namespace ThreeAssets.Documents.Notices;

/// <summary>What checking an uploaded notice PDF found.</summary>
public enum NoticeCheck
{
    /// <summary>The file is not a readable PDF, or carries no notice fingerprint.</summary>
    NotANotice,

    /// <summary>It names a fingerprint that no stored notice has.</summary>
    Unknown,

    /// <summary>Its fingerprint is known but its bytes differ from the stored notice: it was changed.</summary>
    Altered,

    /// <summary>Byte for byte the notice that was published.</summary>
    Authentic,
}

/// <summary>The outcome of <see cref="NoticeVerification.Check"/> and what the file claims to be.</summary>
/// <param name="Outcome">What was found.</param>
/// <param name="Stamp">The fingerprint, URL and version read from the file; null for <see cref="NoticeCheck.NotANotice"/>.</param>
public sealed record NoticeCheckResult(NoticeCheck Outcome, NoticeStamp? Stamp);

/// <summary>
/// The pure part of /verify for an uploaded PDF: read the fingerprint, then compare the file's SHA-256
/// with the one stored for that fingerprint. Whether the publication is current or superseded is the
/// caller's to add from its database.
/// </summary>
public static class NoticeVerification
{
    /// <summary>Lower-case hex SHA-256 of a notice, the form in which a notice's hash should be stored.</summary>
    public static string Sha256Hex(byte[] pdf) => Convert.ToHexStringLower(SHA256.HashData(pdf));

    /// <summary>Checks an uploaded file against the stored notices.</summary>
    /// <param name="pdf">The uploaded bytes (anything).</param>
    /// <param name="storedSha256">Looks up the stored notice's SHA-256 (hex, any case) by fingerprint; null when unknown.</param>
    public static NoticeCheckResult Check(byte[]? pdf, Func<string, string?> storedSha256)
    {
        ArgumentNullException.ThrowIfNull(storedSha256);
        var stamp = NoticeInspector.TryRead(pdf);
        if (stamp is null || pdf is null) return new(NoticeCheck.NotANotice, null);
        var stored = storedSha256(stamp.Fingerprint);
        if (stored is null) return new(NoticeCheck.Unknown, stamp);
        var same = string.Equals(stored.Trim(), Sha256Hex(pdf), StringComparison.OrdinalIgnoreCase);
        return new(same ? NoticeCheck.Authentic : NoticeCheck.Altered, stamp);
    }
}
