namespace ThreeAssets.Core.Validation;

/// <summary>
/// Running sums a funds ledger's marker rows are checked against: the whole file, the month so far
/// (reset by 本月合计, so each month of a quarter is checked on its own) and the page so far (reset by 过次页).
/// Each sum also knows whether one of its cells could not be read: such a column cannot be checked
/// in that stretch, but the other column, and later months, still are.
/// </summary>
internal sealed class FundsTotals
{
    private Sums _month, _carry;

    public Sums File { get; private set; }

    public Sums MonthSoFar => _month;

    public Sums SinceCarry => _carry;

    public long Income => File.Income;

    public long Expense => File.Expense;

    public void Add(long income, long expense, bool incomeRead = true, bool expenseRead = true)
    {
        File = File.Add(income, expense, incomeRead, expenseRead);
        _month = _month.Add(income, expense, incomeRead, expenseRead);
        _carry = _carry.Add(income, expense, incomeRead, expenseRead);
    }

    public void CloseMonth() => (_month, _carry) = (default, default);

    public void CloseCarry() => _carry = default;
}

/// <summary>Income and expense over a stretch of rows, and whether every cell of each column read as a number.</summary>
internal readonly record struct Sums(long Income, long Expense, bool IncomeUnread = false, bool ExpenseUnread = false)
{
    public Sums Add(long income, long expense, bool incomeRead, bool expenseRead) =>
        new(Income + income, Expense + expense, IncomeUnread || !incomeRead, ExpenseUnread || !expenseRead);
}
