using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Data;

/// <summary>
/// An approved ledger, immutable once written (DESIGN §4). A correction is a new row with the next
/// <see cref="Version"/> that points at the one it supersedes; "current" is "not superseded by any".
/// </summary>
public sealed class Publication : IAppendOnly
{
    public long Id { get; set; }
    public int VillageId { get; set; }
    public Village Village { get; set; } = null!;
    public LedgerKind Kind { get; set; }
    public required string Period { get; set; }
    public int Version { get; set; } = 1;
    public long? SupersedesId { get; set; }

    /// <summary>Shown publicly beside a version 2+: why the earlier version was corrected.</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>Hex SHA-256 over the canonical serialisation of rows and metadata.</summary>
    public required string ContentHash { get; set; }

    /// <summary>Content hash of the village's previous publication (any kind): a per-village chain.</summary>
    public string? PreviousHash { get; set; }

    /// <summary>Short form of the content hash printed on pages and notices, looked up by /verify.</summary>
    public required string Fingerprint { get; set; }

    public DateTimeOffset PublishedAt { get; set; }
    public int ApprovedById { get; set; }
    public required string ApprovingOrganisation { get; set; }
    public long SubmissionId { get; set; }
    public int RowCount { get; set; }

    // Funds ledgers only, in fen: kept here so that village pages and charts need no sums over rows.
    public long? OpeningFen { get; set; }
    public long? IncomeFen { get; set; }
    public long? ExpenseFen { get; set; }
    public long? ClosingFen { get; set; }
}
