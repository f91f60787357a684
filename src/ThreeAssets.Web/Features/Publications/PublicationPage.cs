using ThreeAssets.Core.Diff;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Features.Publications;

/// <summary>One version in a publication's history.</summary>
public sealed record VersionLine(long Id, int Version, DateTimeOffset PublishedAt, string Fingerprint, string? CorrectionReason);

/// <summary>Everything the publication page shows.</summary>
public sealed class PublicationPage
{
    public required PublishedLedger Header { get; init; }
    public long? SupersededBy { get; init; }
    public required IReadOnlyList<VersionLine> Versions { get; init; }
    public required PublicationQuery Query { get; init; }
    public required IReadOnlyList<NumberedRow> Rows { get; init; }
    public required int FilteredCount { get; init; }
    public required IReadOnlyList<LedgerTotal> Totals { get; init; }

    /// <summary>Funds: income and expense per month over the filtered rows (subtotals beside each month's group).</summary>
    public required IReadOnlyDictionary<int, (long Income, long Expense)> MonthTotals { get; init; }

    /// <summary>Choices for the filters, from the publication's own rows (value, label).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<(string Value, string Label)>> Choices { get; init; }

    public long? NoticeBytes { get; init; }
    public bool ShowsOriginals { get; init; }

    /// <summary>The stored rows or header no longer match the content hash they were published with (PublicationIntegrity).</summary>
    public bool Tampered { get; set; }

    public LedgerSchema Schema => LedgerSchema.For(Header.Kind);
    public int PageCount => Math.Max(1, (FilteredCount + PublicationQuery.PageSize - 1) / PublicationQuery.PageSize);
}

/// <summary>The difference page: a version against the one it superseded.</summary>
public sealed class DiffPage
{
    public required PublishedLedger Header { get; init; }
    public required PublishedLedger Previous { get; init; }
    public required IReadOnlyList<RowDifference> Differences { get; init; }
}
