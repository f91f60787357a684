using System.Diagnostics;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Tests.Builders;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Reading;

public sealed class HostileFileTests
{
    [Fact]
    public void Refuses_a_zip_bomb_quickly_and_without_inflating_it()
    {
        var bomb = HostileFiles.ZipBomb770;
        Assert.InRange(bomb.Length, 1, 5 * 1024 * 1024);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var ledger = Parse.Bytes(bomb);

        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 5);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, 0, 300L * 1024 * 1024);
        Assert.Equal(Rules.FileTooLarge.Code, Assert.Single(ledger.Report.Findings).Code);
        Assert.True(ledger.Unreadable);
    }

    [Fact]
    public void Refuses_a_zip_bomb_that_lies_about_its_sizes()
    {
        var ledger = Parse.Bytes(HostileFiles.ZipBomb(300, lie: true));
        Assert.Contains(ledger.Report.Findings.Single().Code, new[] { Rules.FileTooLarge.Code, Rules.FileUnreadable.Code });
    }

    [Fact]
    public void Refuses_a_shared_strings_part_larger_than_its_own_limit()
    {
        var strings = string.Concat(Enumerable.Range(0, 200).Select(i => $"<si><t>摘要{i}</t></si>"));
        var package = RawXlsx.Package(RawXlsx.Row(1, "日期", "摘要", "收入金额"), strings);
        var limits = new ReadOptions { Limits = new ReaderLimits { MaxSharedStringsBytes = 1000 } };
        Assert.Equal(Rules.FileTooLarge.Code, Parse.Bytes(package, options: limits).Report.Findings.Single().Code);
    }

    [Fact]
    public void Random_bytes_are_reported_as_unreadable()
    {
        var ledger = Parse.Bytes(HostileFiles.RandomBytes(), name: "ledger.csv");
        Assert.Equal(Rules.FileUnreadable.Code, Assert.Single(ledger.Report.Findings).Code);
        Assert.True(ledger.Unreadable);
    }

    [Fact]
    public void Random_bytes_behind_a_zip_signature_are_reported_as_unreadable()
    {
        var bytes = HostileFiles.RandomBytes();
        bytes[0] = 0x50; bytes[1] = 0x4B; bytes[2] = 0x03; bytes[3] = 0x04;
        Assert.Equal(Rules.FileUnreadable.Code, Assert.Single(Parse.Bytes(bytes).Report.Findings).Code);
    }

    [Fact]
    public void Truncated_workbook_is_reported_as_unreadable()
    {
        var whole = Builders.Ledgers.Funds().BuildXlsx();
        var ledger = Parse.Bytes(whole[..(whole.Length / 2)]);
        Assert.Equal(Rules.FileUnreadable.Code, Assert.Single(ledger.Report.Findings).Code);
    }

    [Fact]
    public void Encrypted_workbook_is_reported_as_password_protected()
    {
        var finding = Assert.Single(Parse.Bytes(HostileFiles.EncryptedWorkbook()).Report.Findings);
        Assert.Equal(Rules.FileEncrypted.Code, finding.Code);
        Assert.Contains("密码", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xls_renamed_to_xlsx_is_read_by_its_content()
    {
        var xls = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "funds-2026-07-legacy.xls"));
        var ledger = Parse.Bytes(xls, name: "funds-2026-07.xlsx", period: Period.OfMonth(2026, 7));
        Assert.Equal(20, ledger.RowCount);
        Assert.True(ledger.Report.CanSubmit, ledger.Describe());
    }

    [Fact]
    public void Cell_at_XFD1048576_does_not_make_a_million_rows()
    {
        var builder = Builders.Ledgers.Funds();
        var xlsx = builder.BuildXlsx();
        var sheet = string.Join("", Enumerable.Range(0, 6).Select(i => RawXlsx.Row(i + 1, RowCells(i))))
            + "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>";
        var clock = Stopwatch.StartNew();

        var ledger = Parse.Bytes(RawXlsx.Package(sheet));

        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 5);
        Assert.Equal(3, ledger.RowCount);
        Assert.True(ledger.Report.CanSubmit, ledger.Describe());
        Assert.NotEmpty(xlsx);

        static object?[] RowCells(int i) => i switch
        {
            0 => ["日期", "凭证号", "摘要", "科目编码", "收入金额", "支出金额", "余额"],
            1 => [null, null, "期初余额", null, null, null, 100m],
            2 => [new DateTime(2026, 10, 1), "记-1", "收租金", "501", 50m, null, 150m],
            3 => [new DateTime(2026, 10, 2), "记-2", "买纸", "513", null, 20m, 130m],
            4 => [new DateTime(2026, 10, 3), "记-3", "收利息", "502", 1m, null, 131m],
            _ => [null, null, "本月合计", null, 51m, 20m, 131m],
        };
    }

    [Fact]
    public void Sheet_xml_with_a_dtd_is_refused_not_expanded()
    {
        const string laughs = "<!DOCTYPE worksheet [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
        var package = RawXlsx.Package(RawXlsx.Row(1, "日期", "摘要", "收入金额", "支出金额") + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>&c;</t></is></c></row>");
        var ledger = Parse.Bytes(RawXlsx.RewriteSheet(package, xml => xml.Replace("?><worksheet", "?>" + laughs + "<worksheet", StringComparison.Ordinal)));
        Assert.Equal(Rules.FileUnreadable.Code, Assert.Single(ledger.Report.Findings).Code);
    }

    [Fact]
    public void Empty_file_and_too_large_file_are_refused_before_reading()
    {
        Assert.Equal(Rules.FileEmpty.Code, Parse.Bytes([]).Report.Findings.Single().Code);
        var small = new ReadOptions { Limits = new ReaderLimits { MaxUploadBytes = 100 } };
        var finding = Parse.Bytes(Builders.Ledgers.Funds().BuildXlsx(), options: small).Report.Findings.Single();
        Assert.Equal(Rules.FileTooLarge.Code, finding.Code);
    }

    [Fact]
    public void Stops_at_the_row_limit_with_a_finding()
    {
        var limits = new ReadOptions { Limits = new ReaderLimits { MaxRows = 2 } };
        var ledger = Parse.Bytes(Builders.Ledgers.Funds().BuildXlsx(), options: limits);
        Assert.Contains(Rules.FileTooManyRows.Code, ledger.Codes());
    }

    [Fact]
    public void Stream_longer_than_the_upload_limit_is_refused_without_reading_it_all()
    {
        var small = new ReadOptions { Limits = new ReaderLimits { MaxUploadBytes = 1000 } };
        using var stream = new MemoryStream(new byte[10_000]);
        var ledger = LedgerReader.Read(stream, "x.xlsx", LedgerKind.Funds, null, small);
        Assert.Equal(Rules.FileTooLarge.Code, ledger.Report.Findings.Single().Code);
    }
}
