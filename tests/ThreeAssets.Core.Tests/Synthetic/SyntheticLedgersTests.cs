using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Synthetic;

namespace ThreeAssets.Core.Tests.Synthetic;

public sealed class SyntheticLedgersTests
{
    [Fact]
    public void Funds_are_the_same_for_the_same_village_and_period_and_their_balance_runs()
    {
        var period = Period.Parse("2026-Q3");
        var (rows, summary) = SyntheticLedgers.Funds("3301-01-01", period, opening: 500_000);
        var (again, _) = SyntheticLedgers.Funds("3301-01-01", period, opening: 500_000);

        Assert.Equal(rows, again);
        Assert.All(rows, r => Assert.True(period.Contains(r.Date)));
        Assert.All(rows, r => Assert.True((r.Income == 0) != (r.Expense == 0)));
        var balance = summary.Opening;
        foreach (var row in rows)
        {
            balance += row.Income - row.Expense;
            Assert.Equal(balance, row.Balance);
        }
        Assert.Equal(summary.Closing, balance);
    }

    [Fact]
    public void Assets_keep_their_codes_between_quarters_and_net_value_adds_up()
    {
        var q2 = SyntheticLedgers.Assets("3301-01-01", Period.Parse("2026-Q2"));
        var q3 = SyntheticLedgers.Assets("3301-01-01", Period.Parse("2026-Q3"));

        Assert.Equal(q2.Select(a => a.Code), q3.Select(a => a.Code));
        Assert.All(q3, a => Assert.Equal(a.OriginalValue - a.AccumulatedDepreciation, a.NetValue));
        Assert.All(q3.Where(a => a.Status == "出租出借"), a => Assert.NotNull(a.Lessee));
    }

    [Fact]
    public void Contracted_resources_have_fee_equal_to_price_times_area()
    {
        var rows = SyntheticLedgers.Resources("3301-02-03", Period.Parse("2026-Q3"));

        Assert.All(rows.Where(r => r.AnnualFee is not null), r =>
            Assert.Equal(r.AnnualFee, Money.ToFen(r.AreaMu * Money.ToYuan(r.UnitPrice!.Value))));
        Assert.All(rows.Where(r => r.OperationMode == "租赁"), r =>
            Assert.True(r.ContractEnd!.Value < r.ContractStart!.Value.AddYears(20)));
    }
}
