using System.Text;
using ThreeAssets.Documents.Notices;
using ThreeAssets.Documents.Tests.Builders;

namespace ThreeAssets.Documents.Tests.Notices;

public class NoticeInspectorTests
{
    private static readonly NoticeRenderer Renderer = new();

    [Fact]
    public void Reads_the_fingerprint_back_from_a_notice()
    {
        var pdf = Renderer.Render(NoticeBuilder.Resources().ForVillage("柳塘村", "AB12-CD34-EF56-7890").Build());

        Assert.Equal("AB12-CD34-EF56-7890", NoticeInspector.TryReadFingerprint(pdf));
    }

    [Fact]
    public void Reads_url_and_version_too()
    {
        var pdf = Renderer.Render(NoticeBuilder.Funds().AsCorrectionOf(1, "金额更正").Build());

        var stamp = NoticeInspector.TryRead(pdf);

        Assert.Equal(new NoticeStamp("7F3A-92C4-1BDE-0A55", "https://sanzi.example.cn/publications/1024", 2), stamp);
    }

    [Fact]
    public void Fingerprint_is_readable_in_the_standard_keywords_too()
    {
        var pdf = Renderer.Render(NoticeBuilder.Funds().Build());

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal("fingerprint:7F3A-92C4-1BDE-0A55", document.Information.Keywords);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    [InlineData(200_000)]
    public void Random_bytes_give_null(int length)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var bytes = new byte[length];
            new Random(seed).NextBytes(bytes);
            Assert.Null(NoticeInspector.TryReadFingerprint(bytes));
        }
    }

    [Fact]
    public void Random_bytes_behind_a_pdf_header_give_null()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var bytes = new byte[5000];
            new Random(seed).NextBytes(bytes);
            "%PDF-1.7\n"u8.CopyTo(bytes);
            Assert.Null(NoticeInspector.TryReadFingerprint(bytes));
        }
    }

    [Fact]
    public void Truncated_notice_and_null_give_null()
    {
        var pdf = Renderer.Render(NoticeBuilder.Funds().Build());

        Assert.Null(NoticeInspector.TryReadFingerprint(pdf[..(pdf.Length / 2)]));
        Assert.Null(NoticeInspector.TryReadFingerprint(null));
    }

    [Fact]
    public void Pdf_that_is_not_a_notice_gives_null()
    {
        var merged = NoticeBatch.Merge([new NoticeFile("a.pdf", Renderer.Render(NoticeBuilder.Funds().Build()))], "汇编", DateTimeOffset.UnixEpoch);

        Assert.Null(NoticeInspector.TryReadFingerprint(merged));
        Assert.Null(NoticeInspector.TryReadFingerprint(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("7F3A 92C4")]
    [InlineData("指纹")]
    public void Renderer_refuses_a_fingerprint_that_could_not_be_read_back(string fingerprint)
    {
        var notice = NoticeBuilder.Funds().ForVillage("青河村", fingerprint).Build();

        Assert.Throws<ArgumentException>(() => Renderer.Render(notice));
    }

    [Fact]
    public void Renderer_refuses_a_relative_publication_url()
    {
        var notice = NoticeBuilder.Funds().With(n => n with { PublicationUrl = "/publications/1" }).Build();

        Assert.Throws<ArgumentException>(() => Renderer.Render(notice));
    }
}
