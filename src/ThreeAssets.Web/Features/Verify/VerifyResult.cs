using ThreeAssets.Core.Ledgers;
using ThreeAssets.Documents.Notices;

namespace ThreeAssets.Web.Features.Verify;

/// <summary>What /verify found.</summary>
public enum VerifyOutcome
{
    /// <summary>The publication is the version in force (and an uploaded file is byte for byte the stored notice).</summary>
    Current,

    /// <summary>The publication was corrected by a later version (an uploaded file still matches its stored notice).</summary>
    Superseded,

    /// <summary>No publication has this fingerprint.</summary>
    Unknown,

    /// <summary>An uploaded file names a known publication but differs from its stored notice.</summary>
    Altered,

    /// <summary>An uploaded file is no notice of this portal (no fingerprint inside).</summary>
    NotANotice,

    /// <summary>
    /// The portal's own stored rows of this publication no longer match its content hash: someone changed the database.
    /// Never "in force", whatever the version (PublicationIntegrity).
    /// </summary>
    Tampered,
}

/// <summary>A publication as /verify describes it to a resident.</summary>
/// <param name="NoticeBytes">Size of the stored PDF notice, for the download link; null when there is none.</param>
public sealed record VerifiedPublication(long Id, string Township, string Village, LedgerKind Kind, string Period, int Version,
    DateTimeOffset PublishedAt, string ApprovingOrganisation, string Fingerprint, int? NoticeBytes);

/// <summary>A later version that corrects a publication.</summary>
public sealed record Correction(long Id, int Version, string? Reason, DateTimeOffset PublishedAt);

/// <summary>The answer: the outcome, the fingerprint looked up, and the publication with its corrections when known.</summary>
/// <param name="CorrectedBy">The version that directly replaced this one.</param>
/// <param name="Latest">The version in force now, when a chain of corrections goes further than <paramref name="CorrectedBy"/>.</param>
/// <param name="Uploaded">True when a file was checked, false for a typed fingerprint.</param>
/// <param name="Refusal">Why an uploaded file was refused before it was parsed (nested too deep, inflating too much, too slow).</param>
public sealed record VerifyResult(VerifyOutcome Outcome, string? Fingerprint, VerifiedPublication? Publication = null,
    Correction? CorrectedBy = null, Correction? Latest = null, bool Uploaded = false, PdfRefusal Refusal = PdfRefusal.None);

/// <summary>The /verify page: the forms (with what was typed) and the answer, if any.</summary>
public sealed record VerifyPage(string? Fingerprint = null, VerifyResult? Result = null);
