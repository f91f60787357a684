using System.Globalization;
using ThreeAssets.Core;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Tests.Ledgers;

public sealed class UiLanguageTests
{
    [Theory]
    [InlineData("zh-CN", "2026-10", "2026年10月", "10月")]
    [InlineData("zh-CN", "2026-Q4", "2026年第四季度", "第四季度")]
    [InlineData("en", "2026-10", "October 2026", "Oct")]
    [InlineData("en", "2026-Q4", "2026 Q4", "Q4")]
    public void Periods_read_in_the_ui_language(string culture, string period, string full, string inYear)
    {
        using var _ = new UiCulture(culture);

        Assert.Equal(full, UiLanguage.Period(Period.Parse(period)));
        Assert.Equal(inYear, UiLanguage.PeriodInYear(Period.Parse(period)));
    }

    [Fact]
    public void Pick_takes_the_english_half_only_in_english_and_only_when_there_is_one()
    {
        using (new UiCulture("zh-CN"))
            Assert.Equal("资产台账", UiLanguage.Pick("资产台账", "Assets register"));
        using (new UiCulture("en"))
        {
            Assert.Equal("Assets register", UiLanguage.Pick("资产台账", "Assets register"));
            Assert.Equal("资产台账", UiLanguage.Pick("资产台账", null));
            Assert.Equal("15 Oct 2026", UiLanguage.Date(new DateOnly(2026, 10, 15)));
        }
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _previous;
    }
}
