namespace ThreeAssets.Core.Ledgers;

/// <summary>
/// Which periods a village owes and by when (DESIGN §2 and §7): funds monthly or quarterly, assets and
/// resources as quarter-end snapshots; a period is due 15 days after it ends (a month by the 15th of the
/// next month). Shared by the accountant's to-do list, the public timeline and RISK-LATE.
/// </summary>
public static class DuePeriods
{
    /// <summary>Days after the end of a period by which it must be published.</summary>
    public const int GraceDays = 15;

    /// <summary>The last day on which the period is still on time.</summary>
    public static DateOnly DueDate(Period period) => period.End.AddDays(GraceDays);

    /// <summary>True when <paramref name="today"/> is past the due date (the period is late unless already published).</summary>
    public static bool IsPastDue(Period period, DateOnly today) => today > DueDate(period);

    /// <summary>
    /// True when a village that discloses from <paramref name="disclosureStart"/> (the first day of its
    /// first month on the portal; null: from the beginning) owes the period: any period that ends on or
    /// after that day, so a quarter that has begun when the village joins is owed whole.
    /// </summary>
    public static bool IsOwed(Period period, DateOnly? disclosureStart) => disclosureStart is not { } start || period.End >= start;

    /// <summary>True when the ledger kind is kept per month for such a village (funds of a monthly village only: snapshots are quarterly).</summary>
    public static bool IsMonthly(LedgerKind kind, bool monthlyFunds) => monthlyFunds && !LedgerKinds.Of(kind).IsSnapshot;

    /// <summary>All periods of a year for the kind, in order (12 months or 4 quarters).</summary>
    public static IReadOnlyList<Period> OfYear(LedgerKind kind, bool monthlyFunds, int year) =>
        IsMonthly(kind, monthlyFunds)
            ? Enumerable.Range(1, 12).Select(m => Period.OfMonth(year, m)).ToList()
            : Enumerable.Range(1, 4).Select(q => Period.OfQuarter(year, q)).ToList();

    /// <summary>
    /// The periods owed so far this year: those of <paramref name="today"/>'s year that have ended, newest
    /// first. Until the first of them ends (January for months, the first quarter for quarters), the
    /// previous year's last period is shown instead, because that is the one being prepared then.
    /// Periods the village does not owe (<see cref="IsOwed"/>) are left out.
    /// </summary>
    public static IReadOnlyList<Period> YearToDate(LedgerKind kind, bool monthlyFunds, DateOnly today, DateOnly? disclosureStart = null)
    {
        var ended = OfYear(kind, monthlyFunds, today.Year).Where(p => p.End < today).Reverse().ToList();
        if (ended.Count == 0)
            ended.Add(OfYear(kind, monthlyFunds, today.Year - 1)[^1]);
        return ended.Where(p => IsOwed(p, disclosureStart)).ToList();
    }

    /// <summary>
    /// The state of a period on <paramref name="today"/>, given the date its first version was published (if
    /// any) and the day the village began disclosing (see <see cref="IsOwed"/>).
    /// </summary>
    public static DueState StateOf(Period period, DateOnly? firstPublishedOn, DateOnly today, DateOnly? disclosureStart = null) => firstPublishedOn switch
    {
        { } on when on <= DueDate(period) => DueState.Published,
        // A ledger from before the village joined, published afterwards as history, is not late.
        { } when !IsOwed(period, disclosureStart) => DueState.Published,
        { } => DueState.PublishedLate,
        null when !IsOwed(period, disclosureStart) => DueState.NotOwed,
        null when IsPastDue(period, today) => DueState.Late,
        _ => DueState.NotDue,
    };
}
