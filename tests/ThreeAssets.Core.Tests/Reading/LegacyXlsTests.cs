using ThreeAssets.Core.Tests.Builders;

namespace ThreeAssets.Core.Tests.Reading;

/// <summary>.xls (BIFF8) workbooks, read through ExcelDataReader.</summary>
public sealed class LegacyXlsTests
{
    /// <summary>
    /// Fixtures/funds-2026-10-merged-dates.xls was written by NPOI 2.4.1's HSSF writer (not by this
    /// project): a title merged across the columns, then 2026-10-05 in A3 merged down A3:A5 over the
    /// three vouchers of that day, as hand-kept ledgers do.
    /// </summary>
    [Fact]
    public void A_date_merged_down_several_lines_of_an_xls_belongs_to_each_of_them()
    {
        var file = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "funds-2026-10-merged-dates.xls"));
        var ledger = Parse.Bytes(file, name: "funds-2026-10-merged-dates.xls");
        Assert.Equal(0, ledger.Report.ErrorCount);
        Assert.Equal(
            [new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 12)],
            ledger.FundsRows.Select(r => r.Date));
        Assert.Equal(["记-1", "记-2", "记-3", "记-4"], ledger.FundsRows.Select(r => r.Voucher));
    }
}
