using ThreeAssets.Core.Ledgers;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Features.Villages;

/// <summary>One period on the timeline: its state and, when published, the current version.</summary>
public sealed record TimelineCell(Period Period, DueState State, DateOnly DueDate, long? PublicationId);

public sealed record TimelineRow(LedgerKind Kind, IReadOnlyList<TimelineCell> Cells);

/// <summary>A labelled amount for a chart and its table (fen; area rows use <see cref="Second"/> for the contracted part).</summary>
public sealed record ChartPoint(string Label, decimal First, decimal Second = 0);

/// <summary>Everything the village page shows.</summary>
public sealed class VillagePage
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string TownshipCode { get; init; }
    public required string TownshipName { get; init; }
    public required bool MonthlyFunds { get; init; }

    /// <summary>The first day of the first month the village discloses on the portal, when one is set.</summary>
    public DateOnly? DisclosureStart { get; init; }
    public required int Year { get; init; }
    public required IReadOnlyList<PublishedLedger> Latest { get; init; }
    public required IReadOnlyList<TimelineRow> Timeline { get; init; }

    /// <summary>Income (First) and expense (Second) per funds period of <see cref="ChartYear"/>, in yuan.</summary>
    public required IReadOnlyList<ChartPoint> IncomeExpense { get; init; }

    public required int ChartYear { get; init; }

    /// <summary>The last publication date among the funds ledgers behind the funds charts (their tables' captions say it).</summary>
    public DateOnly? FundsPublishedOn { get; init; }
    public required IReadOnlyList<ChartPoint> SpendingByAccount { get; init; }
    public required IReadOnlyList<ChartPoint> AssetsByCategory { get; init; }

    /// <summary>Area in 亩 per resource type (First) and the part contracted out or leased (Second).</summary>
    public required IReadOnlyList<ChartPoint> ResourcesByType { get; init; }

    public int LateCount => Timeline.Sum(r => r.Cells.Count(c => c.State == DueState.Late));
}
