using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;

namespace ThreeAssets.Core.Tests.Reading;

public sealed class PeriodInferenceTests
{
    [Theory]
    [InlineData("funds-2026-08-libreoffice.xlsx", "2026-08")]
    [InlineData("资金2026-10.xls", "2026-10")]
    [InlineData("assets-2026-Q2.xlsx", "2026-Q2")]
    [InlineData("resources_2026q4.csv", "2026-Q4")]
    public void Reads_the_period_from_a_file_name(string name, string period)
    {
        Assert.Equal(Period.Parse(period), PeriodInference.FromFileName(name));
    }

    [Theory]
    [InlineData("东坨村现金日记账（2026年9月）", "2026-09")]
    [InlineData("柳河村2026年第二季度资金收支明细", "2026-Q2")]
    [InlineData("2026年三季度", "2026-Q3")]
    [InlineData("所属期间：2026年 10 月", "2026-10")]
    public void Reads_the_period_from_a_title(string title, string period)
    {
        Assert.Equal(Period.Parse(period), PeriodInference.FromTitle(title));
    }

    [Theory]
    [InlineData("ledger.xlsx")]
    [InlineData("2026-13.xlsx")]
    public void Finds_no_period_where_there_is_none(string name)
    {
        Assert.Null(PeriodInference.FromFileName(name));
    }
}
