using System.Text;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Tests.Builders;

namespace ThreeAssets.Core.Tests.Reading;

/// <summary>The byte-level XML reader under the sheet and shared-strings parts: what XML allows, and what it must refuse.</summary>
public sealed class XmlScannerTests
{
    private const string Sheet = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!-- written by hand -->
        <x:worksheet xmlns:x="urn:s"><x:sheetData>
          <x:row r = '2' spans="1:3"><x:c r="A2" t="inlineStr" note="a>b"><x:is><x:t>收 &amp; 支 &lt;1&gt; &#20013;&#x6587;</x:t></x:is></x:c>
          <x:c r="B2"><x:v>12.5</x:v></x:c><x:c r="C2"/></x:row>
        </x:sheetData></x:worksheet>
        """;

    [Fact]
    public void Reads_elements_attributes_and_text_whatever_the_prefix_or_quoting()
    {
        using var xml = Scanner(Sheet);
        Assert.True(xml.ReadToElement("row"u8));
        Assert.Equal(2, xml.Depth);
        Assert.True(xml.TryGetAttribute("r"u8, out var r));
        Assert.Equal("2", Encoding.UTF8.GetString(r));
        Assert.True(xml.ReadToElement("c"u8));
        Assert.True(xml.TryGetAttribute("note"u8, out var note));
        Assert.Equal("a>b", Encoding.UTF8.GetString(note));
        Assert.False(xml.TryGetAttribute("s"u8, out _));
        Assert.True(xml.ReadToElement("t"u8));
        Assert.Equal("收 & 支 <1> 中文", Encoding.UTF8.GetString(xml.ReadContent()));
        Assert.True(xml.ReadToElement("v"u8));
        Assert.Equal("12.5", Encoding.UTF8.GetString(xml.ReadContent()));
        Assert.True(xml.ReadToElement("c"u8));
        Assert.True(xml.IsEmptyElement);
        Assert.False(xml.ReadToElement("c"u8));
        Assert.Equal(XmlScanner.Node.EndOfDocument, xml.NodeType);
    }

    [Fact]
    public void Joins_text_around_comments_and_cdata_and_normalises_line_ends()
    {
        using var xml = Scanner("<t>a<!-- x -->b<![CDATA[<&>]]>c&#13;d\r\ne\rf<?pi?>g</t>");
        Assert.True(xml.ReadToElement("t"u8));
        Assert.Equal("ab<&>c\rd\ne\nfg", Encoding.UTF8.GetString(xml.ReadContent()));
    }

    [Fact]
    public void Gives_the_same_result_when_the_stream_trickles_in_a_few_bytes_at_a_time()
    {
        var text = string.Concat(Enumerable.Repeat("长摘要&amp;", 5_000));
        var document = $"<root>{string.Concat(Enumerable.Range(0, 500).Select(i => $"<c r=\"A{i}\"><v>{i}</v></c>"))}<t a='{new string('x', 70_000)}'>{text}</t></root>";
        Assert.Equal(Texts(new MemoryStream(Encoding.UTF8.GetBytes(document))), Texts(new Trickle(Encoding.UTF8.GetBytes(document))));
        Assert.Equal(502, Texts(new MemoryStream(Encoding.UTF8.GetBytes(document))).Count);
    }

    [Theory]
    [InlineData(0xFF, 0xFE)]
    [InlineData(0xFE, 0xFF)]
    public void Reads_utf16_parts(byte first, byte second)
    {
        var encoding = first == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a><t>资金</t></a>")).ToArray();
        Assert.Equal((first, second), (bytes[0], bytes[1]));
        using var xml = new XmlScanner(new MemoryStream(bytes));
        Assert.True(xml.ReadToElement("t"u8));
        Assert.Equal("资金", Encoding.UTF8.GetString(xml.ReadContent()));
    }

    [Theory]
    [InlineData("<a><b>1</b>", "ends before")]
    [InlineData("<a><b>1</a>", "does not match")]
    [InlineData("<a><b x=\"1></b></a>", "ends inside a tag")]
    [InlineData("<a>&nbsp;</a>", "entity")]
    [InlineData("<a>&#0;</a>", "entity")]
    [InlineData("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", "DOCTYPE")]
    [InlineData("<a/><b/>", "second root")]
    [InlineData("<a/>trailing", "outside the root")]
    [InlineData("<a x=1/>", "not quoted")]
    [InlineData("", "ends before")]
    public void Refuses_what_is_not_well_formed(string document, string why)
    {
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            using var xml = Scanner(document);
            while (xml.Read() != XmlScanner.Node.EndOfDocument)
            {
                if (xml.NodeType != XmlScanner.Node.Element) continue;
                xml.TryGetAttribute("x"u8, out _);
                if (xml.LocalName.SequenceEqual("a"u8)) xml.ReadContent();
            }
        });
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_cut_short_is_unreadable_not_a_shorter_ledger()
    {
        var rows = string.Concat(Enumerable.Range(2, 40).Select(i => RawXlsx.Row(i, new DateTime(2026, 10, 5), "记-" + i, "收租金", "501", 5m)));
        var package = RawXlsx.Package(RawXlsx.Row(1, "日期", "凭证号", "摘要", "科目编码", "收入金额") + rows);
        var cut = RawXlsx.RewriteSheet(package, xml => xml[..(xml.Length / 2)]);
        var ledger = Parse.Bytes(cut);
        Assert.True(ledger.Unreadable);
        Assert.Equal("FILE-UNREADABLE", Assert.Single(ledger.Report.Findings).Code);
    }

    [Fact]
    public void Shared_strings_with_entities_rich_runs_and_phonetics_read_as_their_text()
    {
        var package = RawXlsx.Package(
            RawXlsx.Row(1, "日期", "凭证号", "摘要", "科目编码", "收入金额")
            + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>46300</v></c><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c><c r=\"D2\"><v>501</v></c><c r=\"E2\"><v>5</v></c></row>",
            "<si><t xml:space=\"preserve\">记-1</t></si><si><r><rPr><b/></rPr><t>收&amp;</t></r><r><t>租金</t></r><rPh sb=\"0\" eb=\"1\"><t>シュウ</t></rPh></si>");
        var row = Assert.Single(Parse.Bytes(package).FundsRows);
        Assert.Equal(("记-1", "收&租金"), (row.Voucher, row.Summary));
    }

    private static XmlScanner Scanner(string document) => new(new MemoryStream(Encoding.UTF8.GetBytes(document)));

    private static List<string> Texts(Stream stream)
    {
        using var xml = new XmlScanner(stream);
        var texts = new List<string>();
        while (xml.Read() != XmlScanner.Node.EndOfDocument)
        {
            if (xml.NodeType != XmlScanner.Node.Element) continue;
            if (xml.TryGetAttribute("a"u8, out var a))
                texts.Add(Encoding.UTF8.GetString(a));
            if (xml.LocalName.SequenceEqual("v"u8) || xml.LocalName.SequenceEqual("t"u8))
                texts.Add(Encoding.UTF8.GetString(xml.ReadContent()));
        }
        return texts;
    }

    /// <summary>A stream that hands out one to seven bytes per read, so every kind of token crosses a buffer boundary.</summary>
    private sealed class Trickle(byte[] bytes) : Stream
    {
        private int _at;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => bytes.Length;
        public override long Position { get => _at; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 1 + _at % 7), bytes.Length - _at);
            bytes.AsSpan(_at, n).CopyTo(buffer.AsSpan(offset));
            _at += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
