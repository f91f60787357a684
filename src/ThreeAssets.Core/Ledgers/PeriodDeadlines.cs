namespace ThreeAssets.Core.Ledgers;

/// <summary>Where a due period stands on the public timeline.</summary>
public enum DueState
{
    /// <summary>The period has not reached its due date and nothing is published yet.</summary>
    NotDue,

    /// <summary>Published by the due date.</summary>
    Published,

    /// <summary>Published, but after the due date.</summary>
    PublishedLate,

    /// <summary>The due date has passed and nothing is published: 逾期未公开.</summary>
    Late,
}

/// <summary>
/// The periods a village owes in a year and when each falls due (DESIGN §2, §7): a month by the 15th of
/// the next month, a quarter 15 days after it ends. Funds follow the village's frequency; assets and
/// resources registers are quarterly. Minimal on purpose: the accountant's to-do list may bring a fuller
/// DuePeriods class, and this one folds into it.
/// </summary>
public static class PeriodDeadlines
{
    /// <summary>The last day on which the period may be published without being late.</summary>
    public static DateOnly DueDate(Period period) => period.End.AddDays(15);

    /// <summary>The periods of <paramref name="year"/> a ledger of <paramref name="kind"/> is published for.</summary>
    public static IReadOnlyList<Period> PeriodsOf(int year, LedgerKind kind, bool monthlyFunds) =>
        kind == LedgerKind.Funds && monthlyFunds
            ? Enumerable.Range(1, 12).Select(m => Period.OfMonth(year, m)).ToList()
            : Enumerable.Range(1, 4).Select(q => Period.OfQuarter(year, q)).ToList();

    /// <summary>The state of a period on <paramref name="today"/>, given the date its first version was published (if any).</summary>
    public static DueState StateOf(Period period, DateOnly? firstPublishedOn, DateOnly today) => firstPublishedOn switch
    {
        { } on when on <= DueDate(period) => DueState.Published,
        { } => DueState.PublishedLate,
        null when today > DueDate(period) => DueState.Late,
        _ => DueState.NotDue,
    };
}
