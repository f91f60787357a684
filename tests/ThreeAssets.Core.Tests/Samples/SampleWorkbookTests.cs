using System.Text.Json;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Samples;

/// <summary>
/// Real-world workbooks written by other programs (LibreOffice, Excel 97-2003, Chinese Excel's
/// GB18030 CSV): a correct reader finds exactly the rows, totals and errors listed in expected.json.
/// </summary>
public sealed class SampleWorkbookTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Samples");

    public static TheoryData<string> Files() => [.. Expected().Select(e => e.GetProperty("file").GetString()!)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Sample_gives_the_expected_rows_summary_and_errors(string file)
    {
        var expected = Expected().Single(e => e.GetProperty("file").GetString() == file);
        var kind = Enum.Parse<LedgerKind>(expected.GetProperty("kind").GetString()!, ignoreCase: true);
        var period = Period.Parse(expected.GetProperty("period").GetString()!);

        var ledger = LedgerReader.Read(File.ReadAllBytes(Path.Combine(Folder, file)), file, kind, period);

        if (expected.TryGetProperty("rows", out var rows))
            Assert.Equal(rows.GetInt32(), ledger.RowCount);
        if (expected.TryGetProperty("summary", out var summary))
        {
            var s = ledger.FundsSummary!;
            Assert.Equal(summary.GetProperty("opening").GetDecimal(), Money.ToYuan(s.Opening));
            Assert.Equal(summary.GetProperty("income").GetDecimal(), Money.ToYuan(s.Income));
            Assert.Equal(summary.GetProperty("expense").GetDecimal(), Money.ToYuan(s.Expense));
            Assert.Equal(summary.GetProperty("closing").GetDecimal(), Money.ToYuan(s.Closing));
        }
        var errorCells = ledger.Report.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Cell ?? "").Order().ToList();
        var expectedCells = expected.TryGetProperty("errors_at", out var errors)
            ? errors.EnumerateArray().Select(e => e.GetString()!.Split(' ')[0]).Order().ToList()
            : [];
        Assert.Equal(expectedCells, errorCells);
    }

    [Fact]
    public void Errors_sample_names_the_rule_behind_each_cell()
    {
        const string file = "funds-2026-05-with-errors.xlsx";
        var ledger = LedgerReader.Read(File.ReadAllBytes(Path.Combine(Folder, file)), file, LedgerKind.Funds, Period.OfMonth(2026, 5));

        Assert.Equal(["A4 FUND-DATE-OUTSIDE-PERIOD", "D6 FUND-ACCOUNT-UNKNOWN", "H9 FUND-BALANCE"],
            ledger.Report.Findings.Select(f => $"{f.Cell} {f.Code}").Order());
        var balance = ledger.Report.Findings.Single(f => f.Code == "FUND-BALANCE");
        Assert.Equal(("余额", "24,628.36", "24,678.36"), (balance.Column, balance.Value, balance.Expected));
    }

    [Fact]
    public void Two_row_header_maps_month_day_and_debit_credit_columns()
    {
        const string file = "funds-2026-09-two-row-header.xlsx";
        var ledger = LedgerReader.Read(File.ReadAllBytes(Path.Combine(Folder, file)), file, LedgerKind.Funds);

        Assert.Equal(PeriodSource.FileName, ledger.PeriodSource);
        Assert.Equal(new DateOnly(2026, 9, 2), ledger.FundsRows[0].Date);
        Assert.Equal("记-1", ledger.FundsRows[0].Voucher);
        Assert.Equal("G", ledger.Column("income")!.Letter);
        Assert.Equal("借方", ledger.Column("income")!.Header);
        Assert.Equal(ColumnPart.Month, ledger.Column("date")!.Part);
    }

    private static List<JsonElement> Expected()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
