using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Tests.Builders;

namespace ThreeAssets.Core.Tests.Reading;

/// <summary>
/// .xls (BIFF8) workbooks, read through ExcelDataReader. The fixtures were written by NPOI 2.4.1's HSSF
/// writer (not by this project).
/// </summary>
public sealed class LegacyXlsTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>
    /// A title merged across the columns, then 2026-10-05 in A3 merged down A3:A5 over the three
    /// vouchers of that day, as hand-kept ledgers do.
    /// </summary>
    [Fact]
    public void A_date_merged_down_several_lines_of_an_xls_belongs_to_each_of_them()
    {
        var ledger = Parse.Bytes(Fixture("funds-2026-10-merged-dates.xls"), name: "funds-2026-10-merged-dates.xls");
        Assert.Equal(0, ledger.Report.ErrorCount);
        Assert.Equal(
            [new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 12)],
            ledger.FundsRows.Select(r => r.Date));
        Assert.Equal(["记-1", "记-2", "记-3", "记-4"], ledger.FundsRows.Select(r => r.Voucher));
    }

    /// <summary>
    /// The same ledger with #REF! typed into E7 (a BOOLERR record) and =100/0 in F8 (a FORMULA record
    /// whose saved result is #DIV/0!), and 120 more rows, so that its Workbook stream lies in ordinary
    /// sectors of the compound file.
    /// </summary>
    [Fact]
    public void Error_cells_of_an_xls_are_findings_at_their_cells_not_empty_amounts()
    {
        var ledger = Parse.Bytes(Fixture("funds-2026-10-error-cells.xls"), name: "funds-2026-10-error-cells.xls");

        var errors = ledger.Report.Findings.Where(f => f.Code == "CELL-EXCEL-ERROR").Select(f => (f.Cell, f.Value)).ToList();
        Assert.Equal([("E7", "#REF!"), ("F8", "#DIV/0!")], errors);
        Assert.Equal(2, ledger.Report.ErrorCount);
    }

    /// <summary>A workbook small enough that its Workbook stream lives in the compound file's mini stream.</summary>
    [Fact]
    public void Error_cells_are_found_in_a_workbook_stored_in_the_mini_stream()
    {
        var sheets = XlsErrorCells.Read(Fixture("error-cells-small.xls"));

        var errors = Assert.Single(sheets);
        Assert.Equal("s", errors.Key);
        Assert.Equal(new ExcelError("#REF!"), errors.Value[(0, 0)]);
        Assert.Equal(new ExcelError("#DIV/0!"), errors.Value[(0, 1)]);
    }

    [Fact]
    public void A_damaged_xls_yields_no_error_cells_and_no_exception()
    {
        var file = Fixture("funds-2026-10-error-cells.xls");
        Assert.Empty(XlsErrorCells.Read(file[..3000]));
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var scrambled = (byte[])file.Clone();
            random.NextBytes(scrambled.AsSpan(random.Next(file.Length - 64), 64));
            _ = XlsErrorCells.Read(scrambled);
        }
        Assert.Empty(XlsErrorCells.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "funds-2026-07-legacy.xls"))));
    }
}
