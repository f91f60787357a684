using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Documents.Notices;

/// <summary>
/// Everything a PDF notice (公示) shows. Rows are printed as given: personal data must already be
/// masked by the caller, exactly as on the public site.
/// </summary>
public sealed record NoticeDocument
{
    /// <summary>Which ledger the notice publishes; selects the rows used and the tables drawn.</summary>
    public required LedgerKind Kind { get; init; }

    /// <summary>Village name as published, e.g. 青河村.</summary>
    public required string VillageName { get; init; }

    /// <summary>Township name, e.g. 青河镇.</summary>
    public required string TownshipName { get; init; }

    /// <summary>District (county) name, printed before the township when given.</summary>
    public string? DistrictName { get; init; }

    /// <summary>The month or quarter the ledger covers (assets and resources: the snapshot's quarter).</summary>
    public required Period Period { get; init; }

    /// <summary>Publication version: 1, or 2 and up for corrections.</summary>
    public required int Version { get; init; }

    /// <summary>
    /// When the publication was approved. Printed as a China Standard Time (UTC+8) date and used as the
    /// PDF's creation date, so the same publication always gives the same bytes.
    /// </summary>
    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>The reviewing organisation that approved it, e.g. 青河镇农村经营管理站.</summary>
    public required string ApprovingOrganisation { get; init; }

    /// <summary>The publication's short fingerprint, printed on every page and stored in the PDF's metadata.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>Absolute URL of the publication's page; the QR code points there.</summary>
    public required string PublicationUrl { get; init; }

    /// <summary>True in demo mode: every page carries a 演示数据 mark.</summary>
    public bool IsDemo { get; init; }

    /// <summary>For a correction, the version it replaces and why; null for a first publication.</summary>
    public NoticeSupersession? Supersedes { get; init; }

    /// <summary>The ledger's rows, typed as its kind's row record, in ledger order.</summary>
    public IReadOnlyList<ILedgerRow> Rows { get; init; } = [];

    /// <summary>Opening balance, totals and closing balance; required for funds.</summary>
    public FundsSummary? FundsSummary { get; init; }

    /// <summary>The rows as <typeparamref name="TRow"/>, for a kind's own notice layout.</summary>
    public IReadOnlyList<TRow> RowsOf<TRow>() where TRow : ILedgerRow => Rows.OfType<TRow>().ToList();
}

/// <summary>The earlier publication a correction replaces.</summary>
/// <param name="Version">Version number replaced, e.g. 1.</param>
/// <param name="Reason">The public reason for the correction.</param>
/// <param name="Fingerprint">The replaced version's fingerprint, printed so a printout of it can be recognised.</param>
public sealed record NoticeSupersession(int Version, string Reason, string? Fingerprint = null);
