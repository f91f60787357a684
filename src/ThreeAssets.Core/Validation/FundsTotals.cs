namespace ThreeAssets.Core.Validation;

/// <summary>
/// Running sums a funds ledger's marker rows are checked against: the whole file, the month so far
/// (reset by 本月合计, so each month of a quarter is checked on its own) and the page so far (reset by 过次页).
/// </summary>
internal sealed class FundsTotals
{
    private long _monthIncome, _monthExpense, _carryIncome, _carryExpense;

    public long Income { get; private set; }

    public long Expense { get; private set; }

    public (long Income, long Expense) MonthSoFar => (_monthIncome, _monthExpense);

    public (long Income, long Expense) SinceCarry => (_carryIncome, _carryExpense);

    public void Add(long income, long expense)
    {
        Income += income;
        Expense += expense;
        _monthIncome += income;
        _monthExpense += expense;
        _carryIncome += income;
        _carryExpense += expense;
    }

    public void CloseMonth() => (_monthIncome, _monthExpense, _carryIncome, _carryExpense) = (0, 0, 0, 0);

    public void CloseCarry() => (_carryIncome, _carryExpense) = (0, 0);
}
