using System.Text;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Tests.Builders;

namespace ThreeAssets.Core.Tests.Reading;

public sealed class CsvTests
{
    static CsvTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Encodings() => ["utf-8-bom", "utf-8", "gbk", "gb18030"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Reads_csv_in_utf8_with_or_without_bom_and_in_gbk(string name)
    {
        var encoding = name switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-8" => new UTF8Encoding(false),
            "gbk" => Encoding.GetEncoding(936),
            _ => Encoding.GetEncoding("GB18030"),
        };
        var csv = Builders.Ledgers.Funds().WithTitle().BuildCsv(encoding);

        var ledger = Parse.Bytes(csv, name: "ledger.csv");

        Assert.True(ledger.Report.Findings.Count == 0, ledger.Describe());
        Assert.Equal(3, ledger.RowCount);
        Assert.Equal("管理费用-办公费", ledger.FundsRows[1].AccountName);
        Assert.Equal(new DateOnly(2026, 10, 8), ledger.FundsRows[1].Date);
    }

    [Fact]
    public void Reads_a_tab_separated_export_with_a_title_line_and_takes_the_period_from_it()
    {
        var text = "柳河村2026年10月资金收支明细表\r\n日期\t凭证号\t摘要\t科目编码\t收入金额\t支出金额\r\n10月5日\t记-1\t收租金\t501\t88\t\r\n";
        var ledger = ThreeAssets.Core.Reading.LedgerReader.Read(Encoding.GetEncoding("GB18030").GetBytes(text), "export.csv", LedgerKind.Funds);
        Assert.Equal(new DateOnly(2026, 10, 5), ledger.FundsRows.Single().Date);
        Assert.Equal(ThreeAssets.Core.Reading.PeriodSource.Title, ledger.PeriodSource);
    }

    [Fact]
    public void Reads_thousands_separators_inside_quoted_csv_fields()
    {
        var csv = Encoding.UTF8.GetBytes("日期,凭证号,摘要,科目编码,收入金额,支出金额\r\n2026-10-05,记-1,收租金,501,\"1,234.50\",\r\n");
        var ledger = Parse.Bytes(csv, LedgerKind.Funds, "x.csv");
        Assert.Equal(123_450, ledger.FundsRows.Single().Income);
    }
}
