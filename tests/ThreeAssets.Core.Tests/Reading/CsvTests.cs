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
    public void Reads_thousands_separators_inside_quoted_csv_fields()
    {
        var csv = Encoding.UTF8.GetBytes("日期,凭证号,摘要,科目编码,收入金额,支出金额\r\n2026-10-05,记-1,收租金,501,\"1,234.50\",\r\n");
        var ledger = Parse.Bytes(csv, LedgerKind.Funds, "x.csv");
        Assert.Equal(123_450, ledger.FundsRows.Single().Income);
    }
}
