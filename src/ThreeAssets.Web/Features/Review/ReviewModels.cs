using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ThreeAssets.Core.Diff;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Validation;
using ThreeAssets.Data;
using ThreeAssets.Web.Ledgers;

namespace ThreeAssets.Web.Features.Review;

/// <summary>A ledger waiting for review, as the queue lists it.</summary>
public sealed record QueueItem(long Id, string Village, LedgerKind Kind, string Period, int Rows, int Warnings, string? Note,
    DateTimeOffset? SubmittedAt, string UploadedBy);

/// <summary>A recently rejected or published ledger, shown under the queue for context.</summary>
public sealed record HandledItem(long Id, string Village, LedgerKind Kind, string Period, SubmissionStatus Status,
    DateTimeOffset? ReviewedAt, string? ReviewedBy, string? RejectReason, long? PublicationId);

public sealed record QueuePage(IReadOnlyList<QueueItem> Waiting, IReadOnlyList<HandledItem> Recent);

/// <summary>The publication a submission would correct, or the one its approval made.</summary>
public sealed record PublicationRef(long Id, int Version, string Fingerprint, DateTimeOffset PublishedAt);

/// <summary>Everything the review page shows about one submission.</summary>
public sealed class ReviewPage
{
    public const int PageSize = 50;

    public required long Id { get; init; }
    public required string Village { get; init; }
    public required string Township { get; init; }
    public required LedgerKind Kind { get; init; }
    public required Period Period { get; init; }
    public required SubmissionStatus Status { get; init; }
    public required string FileName { get; init; }
    public required string UploadedBy { get; init; }
    public required DateTimeOffset UploadedAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public string? SubmitNote { get; init; }
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public string? RejectReason { get; init; }

    /// <summary>The signed-in reviewer uploaded this ledger, so they may not approve it.</summary>
    public bool OwnUpload { get; init; }

    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public FundsSummary? Summary { get; init; }
    public int RowCount { get; init; }
    public IReadOnlyList<ILedgerRow> Rows { get; init; } = [];
    public int PageNumber { get; init; } = 1;
    public int PageCount => Math.Max(1, (RowCount + PageSize - 1) / PageSize);
    public int FirstRowNumber => (PageNumber - 1) * PageSize + 1;

    /// <summary>The current publication of the same village, kind and period, when one exists.</summary>
    public PublicationRef? Current { get; init; }

    /// <summary>Row differences against <see cref="Current"/> (only while waiting for review).</summary>
    public IReadOnlyList<RowDifference>? Differences { get; init; }

    /// <summary>What approving this submission published.</summary>
    public PublicationRef? Published { get; init; }

    public ReviewForm Form { get; set; } = new();

    public LedgerSchema Schema => LedgerSchema.For(Kind);
    public bool CanDecide => Status == SubmissionStatus.Submitted;
}

/// <summary>The reviewer's two decisions; each form posts one of the fields.</summary>
public sealed class ReviewForm
{
    [StringLength(Publisher.MaxReasonLength, ErrorMessage = "更正原因最多 1000 字。")]
    public string? CorrectionReason { get; set; }

    [StringLength(1000, ErrorMessage = "退回原因最多 1000 字。")]
    public string? RejectReason { get; set; }
}

/// <summary>Cell values as the review page prints them: amounts 12,345.50, dates ISO, quantities without trailing zeros.</summary>
public static class ReviewCells
{
    public static string Format(ColumnSpec column, object? value) => value switch
    {
        null => "",
        decimal m when column.Type == ColumnType.Amount => Money.Format(Money.ToFen(m)),
        decimal m => m.ToString("0.####", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A moment in Beijing time, where all users are: 2026-11-26 10:05.</summary>
    public static string When(DateTimeOffset? at) =>
        at is { } t ? t.InChina().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    public static bool IsNumeric(ColumnSpec column) => column.Type is ColumnType.Amount or ColumnType.Integer or ColumnType.Decimal;

    /// <summary>How a reviewer recognises a row: date, voucher and summary for funds; number and name otherwise.</summary>
    public static string Describe(ILedgerRow? row) => row is null ? "" : LedgerKinds.Of(row).Describe(row);
}
