using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Data;

/// <summary>
/// An uploaded ledger on its way to publication (DESIGN §4). The original bytes live in
/// <see cref="SubmissionFile"/> so that lists of submissions never load blobs.
/// </summary>
public sealed class Submission
{
    public long Id { get; set; }
    public int VillageId { get; set; }
    public Village Village { get; set; } = null!;
    public LedgerKind Kind { get; set; }

    /// <summary>Canonical period text, 2026-10 or 2026-Q4 (see <see cref="Period"/>).</summary>
    public required string Period { get; set; }

    public SubmissionStatus Status { get; set; } = SubmissionStatus.Uploaded;

    public required string FileName { get; set; }

    /// <summary>Lower-case hex SHA-256 of the original bytes; the same bytes uploaded again are recognised by it.</summary>
    public required string Sha256 { get; set; }

    public long SizeBytes { get; set; }
    public int UploadedById { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>The validation report as JSON, stored so that the report page shows what the accountant saw.</summary>
    public string? ReportJson { get; set; }

    public int ErrorCount { get; set; }
    public int WarningCount { get; set; }
    public int RowCount { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmitNote { get; set; }
    public int? ReviewedById { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? RejectReason { get; set; }
    public long? PublicationId { get; set; }

    /// <summary>
    /// Bumped by PortalDbContext on every change and checked by SaveChanges (a concurrency token), so that two
    /// reviewers approving at once cannot both win: the second save fails instead of publishing twice.
    /// </summary>
    public int Revision { get; set; }
}

/// <summary>Uploaded (parsed, report stored) → Submitted (no errors) → Rejected or Published.</summary>
public enum SubmissionStatus
{
    Uploaded,
    Submitted,
    Rejected,
    Published,
}
