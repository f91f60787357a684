using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using F = ThreeAssets.Core.Ledgers.FundsSchema;

namespace ThreeAssets.Core.Validation;

/// <summary>
/// Funds rules: date in period, one of income/expense, chart of accounts, approver, the running
/// balance to the fen, totals and carry rows against the transactions above them, opening balance.
/// </summary>
internal sealed class FundsChecks(CheckContext context) : LedgerChecks<FundsRow>(context)
{
    private readonly FundsTotals _totals = new();
    private long? _opening;
    private CellSite _openingSite = new(context.Sheet, 0);
    private long _balance;
    private bool _started;
    // False while the running balance is not known: an amount or the opening could not be read. The
    // next stated balance is then taken as it is, and balances are checked again from there.
    private bool _balanceKnown = true;
    private bool _openingRead = true;
    private readonly bool _hasApprover = context.Layout.Has(F.Approver);

    public override FundsSummary Summary => new(_opening ?? 0, _totals.Income, _totals.Expense, (_opening ?? 0) + _totals.Income - _totals.Expense);

    public override void OnRow(RowValues v)
    {
        var income = v.Fen(F.Income) ?? 0;
        var expense = v.Fen(F.Expense) ?? 0;
        var date = v.Date(F.Date);
        StartIfNeeded(v, income, expense);
        if (date is { } d && Context.Period is { } period && !period.Contains(d))
            Context.Add(Rules.FundDateOutsidePeriod.At(v.Site(F.Date), CellText.Date(d),
                $"{CellText.Date(period.Start)} 至 {CellText.Date(period.End)}"));
        if (!v.Invalid(F.Income) && !v.Invalid(F.Expense) && (income != 0) == (expense != 0))
            Context.Add(Rules.FundOneAmount.At(v.Site(income != 0 ? F.Income : F.Expense), null, null,
                income != 0 ? "都填了" : "都没有填", income != 0 ? "are both filled in" : "are both empty"));
        CheckAccount(v);
        if (expense != 0 && !v.Has(F.Approver) && _hasApprover)
            Context.Add(Rules.FundNoApprover.At(v.Site(F.Approver), Yuan(expense)));

        _balance += income - expense;
        var stated = v.Fen(F.Balance);
        var amountsRead = !v.Invalid(F.Income) && !v.Invalid(F.Expense);
        if (!amountsRead || !_balanceKnown)
        {
            // The amount is already reported: follow the file's balance from its next stated figure.
            if (stated is { } resync) (_balance, _balanceKnown) = (resync, true);
            else if (!amountsRead) _balanceKnown = false;
        }
        else if (stated is { } balance && balance != _balance)
            Context.Add(Rules.FundBalance.At(v.Site(F.Balance), Yuan(balance), Yuan(_balance)));
        // Otherwise keep the computed balance: one wrong cell is reported once, not on every row after it.
        // A totals row is still checked in every column whose cells all read (FundsTotals).
        _totals.Add(income, expense, !v.Invalid(F.Income), !v.Invalid(F.Expense));
        Rows.Add(new FundsRow(v.Row, date ?? default, v.Text(F.Voucher) ?? "", v.Text(F.Summary) ?? "",
            v.Text(F.AccountCode) ?? "", v.Text(F.AccountName), income, expense, stated,
            v.Text(F.Settlement), v.Text(F.Counterparty), v.Text(F.Handler), v.Text(F.Approver), v.Integer(F.Attachments)));
    }

    public override void OnMarker(RowMarker marker, RowValues v)
    {
        switch (marker)
        {
            case RowMarker.Opening when !_started && _opening is null:
                _opening = v.Fen(F.Balance) ?? v.Fen(F.Income) ?? (v.Fen(F.Expense) is { } e ? -e : 0);
                _openingSite = v.Site(F.Balance);
                _balance = _opening.Value;
                _openingRead = _balanceKnown = !v.Invalid(F.Balance) && !v.Invalid(F.Income) && !v.Invalid(F.Expense);
                break;
            case RowMarker.Opening or RowMarker.CarriedIn:
                CheckBalance(v, Rules.FundCarry);
                break;
            case RowMarker.MonthTotal:
                CheckTotals(v, Rules.FundTotal, _totals.MonthSoFar);
                _totals.CloseMonth();
                break;
            case RowMarker.PeriodTotal:
                CheckTotals(v, Rules.FundTotal, _totals.File);
                break;
            case RowMarker.CarryForward:
                // 过次页 carries either the page's or the month's amounts so far; both are seen in practice.
                if (!Matches(v, _totals.SinceCarry) && !Matches(v, _totals.MonthSoFar))
                    CheckTotals(v, Rules.FundCarry, _totals.MonthSoFar);
                else
                    CheckBalance(v, Rules.FundCarry);
                _totals.CloseCarry();
                break;
        }
    }

    public override void Finish()
    {
        if (Context.Options.Previous?.ClosingBalance is { } previous && _opening is { } opening && _openingRead && opening != previous)
            Context.Add(Rules.PeriodOpening.At(_openingSite, Yuan(opening), Yuan(previous)));
    }

    private void StartIfNeeded(RowValues v, long income, long expense)
    {
        if (_started) return;
        _started = true;
        if (_opening is not null) return;
        // Without an opening row, the first stated balance tells what the opening must have been.
        _opening = v.Fen(F.Balance) is { } first ? first - income + expense : 0;
        _balance = _opening.Value;
        _openingRead = _balanceKnown = !v.Invalid(F.Balance);
        Context.Add(Rules.FundNoOpening.At(Context.WholeFile, null, Yuan(_opening.Value)));
    }

    private void CheckAccount(RowValues v)
    {
        if (v.Text(F.AccountCode) is not { } code) return;
        if (Context.Options.Chart.NameOf(code) is not { } chartName)
        {
            Context.Add(Rules.FundAccountUnknown.At(v.Site(F.AccountCode), code));
            return;
        }
        if (v.Text(F.AccountName) is { } name && !name.StartsWith(chartName, StringComparison.Ordinal))
            Context.Add(Rules.FundAccountName.At(v.Site(F.AccountName), name, chartName, code));
    }

    private void CheckTotals(RowValues v, Rule rule, Sums expected)
    {
        var label = v.Text(F.Summary) ?? "合计";
        // A column with an unreadable cell above has no known sum; the other column still has one.
        if (!expected.IncomeUnread && v.Fen(F.Income) is { } income && income != expected.Income)
            Context.Add(rule.At(v.Site(F.Income), Yuan(income), Yuan(expected.Income), label));
        if (!expected.ExpenseUnread && v.Fen(F.Expense) is { } expense && expense != expected.Expense)
            Context.Add(rule.At(v.Site(F.Expense), Yuan(expense), Yuan(expected.Expense), label));
        CheckBalance(v, rule);
    }

    private void CheckBalance(RowValues v, Rule rule)
    {
        if (!_balanceKnown)
        {
            // A balance the rows above cannot give: take the file's own figure from here on.
            if (v.Fen(F.Balance) is { } resync) (_balance, _balanceKnown) = (resync, true);
            return;
        }
        if (v.Fen(F.Balance) is { } stated && stated != _balance)
            Context.Add(rule.At(v.Site(F.Balance), Yuan(stated), Yuan(_balance), v.Text(F.Summary) ?? ""));
    }

    private static bool Matches(RowValues v, Sums sums) =>
        (sums.IncomeUnread || (v.Fen(F.Income) ?? sums.Income) == sums.Income)
        && (sums.ExpenseUnread || (v.Fen(F.Expense) ?? sums.Expense) == sums.Expense);
}
