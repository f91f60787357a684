using ThreeAssets.Core.Diff;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Synthetic;

namespace ThreeAssets.Core.Tests.Diff;

public sealed class LedgerDiffTests
{
    private static readonly IReadOnlyList<FundsRow> Funds = SyntheticLedgers.Funds("3301-01-01", Period.Parse("2026-10"), 100_000).Rows;

    [Fact]
    public void Identical_versions_have_no_difference() =>
        Assert.Empty(LedgerDiff.Compare(LedgerKind.Funds, Funds, Funds.Select(r => r with { SourceRow = r.SourceRow + 3 })));

    [Fact]
    public void A_corrected_amount_shows_as_a_changed_row_with_the_changed_cells()
    {
        var corrected = Funds.ToList();
        corrected[2] = corrected[2] with { Summary = "更正后的摘要" };

        var diff = Assert.Single(LedgerDiff.Compare(LedgerKind.Funds, Funds, corrected));

        Assert.Equal(RowChange.Changed, diff.Change);
        var cell = Assert.Single(diff.Cells);
        Assert.Equal("summary", cell.Column.Key);
        Assert.Equal("更正后的摘要", cell.After);
    }

    [Fact]
    public void Added_and_removed_rows_are_reported()
    {
        var assets = SyntheticLedgers.Assets("3301-01-01", Period.Parse("2026-Q3"));
        var newer = assets.Skip(1).Append(assets[0] with { Code = "ZC999", Name = "新建仓库" }).ToList();

        var diff = LedgerDiff.Compare(LedgerKind.Assets, assets, newer);

        Assert.Contains(diff, d => d.Change == RowChange.Added && d.Key == "ZC999");
        Assert.Contains(diff, d => d.Change == RowChange.Removed && d.Key == assets[0].Code);
        Assert.Equal(2, diff.Count);
    }

    [Fact]
    public void Rows_sharing_a_voucher_number_are_both_kept()
    {
        var twice = new[] { Funds[0], Funds[0] with { Summary = "同一凭证第二行" } };

        var diff = LedgerDiff.Compare(LedgerKind.Funds, [Funds[0]], twice);

        Assert.Equal(RowChange.Added, Assert.Single(diff).Change);
    }
}
