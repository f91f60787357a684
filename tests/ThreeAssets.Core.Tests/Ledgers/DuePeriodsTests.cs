using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Tests.Ledgers;

public sealed class DuePeriodsTests
{
    [Fact]
    public void A_month_is_due_on_the_15th_of_the_next_month()
    {
        Assert.Equal(new DateOnly(2026, 11, 15), DuePeriods.DueDate(Period.OfMonth(2026, 10)));
        Assert.Equal(new DateOnly(2027, 1, 15), DuePeriods.DueDate(Period.OfMonth(2026, 12)));
        Assert.Equal(new DateOnly(2026, 3, 15), DuePeriods.DueDate(Period.OfMonth(2026, 2)));
    }

    [Fact]
    public void A_quarter_is_due_15_days_after_it_ends()
    {
        Assert.Equal(new DateOnly(2026, 10, 15), DuePeriods.DueDate(Period.OfQuarter(2026, 3)));
        Assert.Equal(new DateOnly(2027, 1, 15), DuePeriods.DueDate(Period.OfQuarter(2026, 4)));
    }

    [Fact]
    public void The_due_day_itself_is_still_on_time()
    {
        var october = Period.OfMonth(2026, 10);
        Assert.False(DuePeriods.IsPastDue(october, new DateOnly(2026, 11, 15)));
        Assert.True(DuePeriods.IsPastDue(october, new DateOnly(2026, 11, 16)));
    }

    [Fact]
    public void Monthly_funds_list_the_ended_months_of_the_year_newest_first()
    {
        var periods = DuePeriods.YearToDate(LedgerKind.Funds, monthlyFunds: true, new DateOnly(2026, 11, 26));
        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(m => Period.OfMonth(2026, m)), periods);
    }

    [Fact]
    public void Quarterly_funds_and_registers_list_ended_quarters()
    {
        var today = new DateOnly(2026, 11, 26);
        Period[] expected = [Period.OfQuarter(2026, 3), Period.OfQuarter(2026, 2), Period.OfQuarter(2026, 1)];
        Assert.Equal(expected, DuePeriods.YearToDate(LedgerKind.Funds, monthlyFunds: false, today));
        // Registers are quarterly even in a village that publishes funds monthly.
        Assert.Equal(expected, DuePeriods.YearToDate(LedgerKind.Assets, monthlyFunds: true, today));
        Assert.Equal(expected, DuePeriods.YearToDate(LedgerKind.Resources, monthlyFunds: false, today));
    }

    [Fact]
    public void A_period_is_owed_only_after_its_last_day()
    {
        var periods = DuePeriods.YearToDate(LedgerKind.Assets, monthlyFunds: false, new DateOnly(2026, 9, 30));
        Assert.Equal([Period.OfQuarter(2026, 2), Period.OfQuarter(2026, 1)], periods);
    }

    [Fact]
    public void Early_in_the_year_the_previous_years_last_period_is_shown()
    {
        Assert.Equal([Period.OfMonth(2025, 12)], DuePeriods.YearToDate(LedgerKind.Funds, monthlyFunds: true, new DateOnly(2026, 1, 10)));
        Assert.Equal([Period.OfQuarter(2025, 4)], DuePeriods.YearToDate(LedgerKind.Resources, monthlyFunds: false, new DateOnly(2026, 3, 31)));
        Assert.Equal([Period.OfMonth(2026, 1)], DuePeriods.YearToDate(LedgerKind.Funds, monthlyFunds: true, new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public void A_village_owes_nothing_from_before_it_began_disclosing()
    {
        var june = new DateOnly(2026, 6, 1);
        var today = new DateOnly(2026, 11, 26);
        Assert.Equal(Enumerable.Range(6, 5).Reverse().Select(m => Period.OfMonth(2026, m)),
            DuePeriods.YearToDate(LedgerKind.Funds, monthlyFunds: true, today, june));
        // A quarter that has begun when the village joins is owed whole.
        Assert.Equal([Period.OfQuarter(2026, 3), Period.OfQuarter(2026, 2)], DuePeriods.YearToDate(LedgerKind.Assets, monthlyFunds: true, today, june));

        Assert.Equal(DueState.NotOwed, DuePeriods.StateOf(Period.OfMonth(2026, 5), null, today, june));
        Assert.Equal(DueState.Late, DuePeriods.StateOf(Period.OfMonth(2026, 6), null, today, june));
        Assert.Equal(DueState.Late, DuePeriods.StateOf(Period.OfMonth(2026, 5), null, today, disclosureStart: null));
        // History published after joining is shown as published, not as published late.
        Assert.Equal(DueState.Published, DuePeriods.StateOf(Period.OfMonth(2026, 5), new DateOnly(2026, 9, 1), today, june));
        Assert.Equal(DueState.PublishedLate, DuePeriods.StateOf(Period.OfMonth(2026, 6), new DateOnly(2026, 9, 1), today, june));
    }

    [Fact]
    public void Dates_are_Beijing_dates_whatever_the_servers_time_zone()
    {
        // 23:30 UTC on 15 October is 07:30 on the 16th in Beijing: a day after Q3 fell due.
        var published = new DateTimeOffset(2026, 10, 15, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 10, 16), ChinaTime.DateOf(published));
        Assert.Equal(DueState.PublishedLate, DuePeriods.StateOf(Period.OfQuarter(2026, 3), ChinaTime.DateOf(published), new DateOnly(2026, 11, 26)));
        Assert.Equal(new DateOnly(2026, 10, 16), new FixedTime(published).Today());
        Assert.Equal("2026-10-16 07:30", published.InChina().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
