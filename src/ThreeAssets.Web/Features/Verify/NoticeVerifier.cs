using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Integrity;
using ThreeAssets.Data;
using ThreeAssets.Documents.Notices;
using ThreeAssets.Web.Ledgers;

namespace ThreeAssets.Web.Features.Verify;

/// <summary>
/// Answers a resident holding a notice (DESIGN §4): which publication a fingerprint or an uploaded notice
/// belongs to, whether it is still in force or was corrected (by which version, and why), or that it is
/// unknown, or that the file differs from the stored original. Public data only; no login.
/// </summary>
public sealed class NoticeVerifier(PortalDbContext db, PublicationIntegrity integrity)
{
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>
    /// What a person typed, in fingerprint form, or null. Fingerprints hold only 0–9 and A–F, so the letters
    /// people misread from paper (O for 0, I or L for 1) can safely be read as the digits they meant.
    /// </summary>
    public static string? Normalize(string? typed) => PublicationHash.NormalizeFingerprint(typed?.ToUpperInvariant()
        .Replace('O', '0').Replace('I', '1').Replace('L', '1'));

    public async Task<VerifyResult> ByFingerprintAsync(string fingerprint, CancellationToken cancellationToken = default) =>
        await DescribeAsync(fingerprint, uploaded: false, cancellationToken) ?? new VerifyResult(VerifyOutcome.Unknown, fingerprint);

    public async Task<VerifyResult> ByUploadAsync(byte[] pdf, CancellationToken cancellationToken = default)
    {
        var stamp = NoticeInspector.TryRead(pdf, out var refusal);
        if (stamp is null) return new VerifyResult(VerifyOutcome.NotANotice, null, Uploaded: true, Refusal: refusal);
        var fingerprint = stamp.Fingerprint;
        var stored = await db.PublicationNotices.AsNoTracking()
            .Where(n => db.Publications.Any(p => p.Id == n.PublicationId && p.Fingerprint == fingerprint))
            .Select(n => n.Sha256).FirstOrDefaultAsync(cancellationToken);
        var check = NoticeVerification.Check(pdf, _ => stored);
        var found = check.Outcome is NoticeCheck.Authentic or NoticeCheck.Altered
            ? await DescribeAsync(fingerprint, uploaded: true, cancellationToken) : null;
        return check.Outcome switch
        {
            NoticeCheck.Authentic when found is not null => found,
            // Tampered stored data outranks a file that differs: the portal's own copy is what cannot be trusted.
            NoticeCheck.Altered when found is not null => found.Outcome == VerifyOutcome.Tampered ? found : found with { Outcome = VerifyOutcome.Altered },
            NoticeCheck.NotANotice => new VerifyResult(VerifyOutcome.NotANotice, null, Uploaded: true),
            _ => new VerifyResult(VerifyOutcome.Unknown, fingerprint, Uploaded: true),
        };
    }

    private async Task<VerifyResult?> DescribeAsync(string fingerprint, bool uploaded, CancellationToken cancellationToken)
    {
        var publication = await db.Publications.AsNoTracking()
            .Where(p => p.Fingerprint == fingerprint)
            .Select(p => new
            {
                Found = new VerifiedPublication(p.Id, p.Village.Township.Name, p.Village.Name, p.Kind, p.Period, p.Version, p.PublishedAt,
                    p.ApprovingOrganisation, p.Fingerprint,
                    db.PublicationNotices.Where(n => n.PublicationId == p.Id).Select(n => (int?)n.Pdf.Length).FirstOrDefault()),
                p.VillageId,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (publication is null) return null;
        var found = publication.Found;

        // Later versions of the same ledger; the first after this one corrected it, the last is in force.
        var later = await db.Publications.AsNoTracking()
            .Where(p => p.VillageId == publication.VillageId && p.Kind == found.Kind && p.Period == found.Period && p.Version > found.Version)
            .OrderBy(p => p.Version)
            .Select(p => new Correction(p.Id, p.Version, p.CorrectionReason, p.PublishedAt))
            .ToListAsync(cancellationToken);
        var outcome = !await integrity.IsIntactAsync(found.Id, cancellationToken) ? VerifyOutcome.Tampered
            : later.Count == 0 ? VerifyOutcome.Current : VerifyOutcome.Superseded;
        return new VerifyResult(outcome, found.Fingerprint, found,
            later.FirstOrDefault(), later.Count > 1 ? later[^1] : null, uploaded);
    }
}
