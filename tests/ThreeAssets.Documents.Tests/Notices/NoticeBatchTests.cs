using System.IO.Compression;
using ThreeAssets.Documents.Notices;
using ThreeAssets.Documents.Tests.Builders;

namespace ThreeAssets.Documents.Tests.Notices;

public class NoticeBatchTests
{
    private static readonly NoticeRenderer Renderer = new();
    private static readonly DateTimeOffset At = new(2026, 11, 16, 8, 0, 0, TimeSpan.FromHours(8));

    private static List<NoticeFile> Township() =>
    [
        File(NoticeBuilder.Funds(60).ForVillage("青河村", "A1").Build()),
        File(NoticeBuilder.Assets(10).ForVillage("柳塘村", "B2").Build()),
        File(NoticeBuilder.Resources(10).ForVillage("石桥村", "C3").Build()),
    ];

    private static NoticeFile File(NoticeDocument n) => new(NoticeFile.NameFor(n), Renderer.Render(n));

    [Fact]
    public void Merged_pdf_has_every_page_of_every_notice_in_order()
    {
        var files = Township();

        var merged = NoticeBatch.Merge(files, "青河镇 2026年 三资公开公示汇编", At);

        var pages = PdfText.Pages(merged);
        Assert.Equal(files.Sum(f => PdfText.Pages(f.Pdf).Count), pages.Count);
        Assert.Contains("青河村2026年10月资金收支公开", pages[0]);
        Assert.Contains("石桥村2026年第三季度资源公开", pages[^1]);
    }

    [Fact]
    public void Merging_is_deterministic()
    {
        Assert.Equal(NoticeBatch.Merge(Township(), "汇编", At), NoticeBatch.Merge(Township(), "汇编", At));
    }

    [Fact]
    public void Zip_holds_each_notice_unchanged_under_a_readable_name()
    {
        var files = Township();

        using var zip = new ZipArchive(new MemoryStream(NoticeBatch.Zip(files, At)));

        Assert.Equal(
            ["青河镇-青河村-2026-10-资金收支公开-第1版.pdf", "青河镇-柳塘村-2026-Q3-资产公开-第1版.pdf", "青河镇-石桥村-2026-Q3-资源公开-第1版.pdf"],
            zip.Entries.Select(e => e.FullName));
        using var stream = new MemoryStream();
        zip.Entries[1].Open().CopyTo(stream);
        Assert.Equal(files[1].Pdf, stream.ToArray());
    }

    [Fact]
    public void Zip_keeps_notices_with_the_same_name()
    {
        var file = Township()[0];

        using var zip = new ZipArchive(new MemoryStream(NoticeBatch.Zip([file, file], At)));

        Assert.Equal(["青河镇-青河村-2026-10-资金收支公开-第1版.pdf", "青河镇-青河村-2026-10-资金收支公开-第1版(2).pdf"],
            zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Zip_is_deterministic()
    {
        Assert.Equal(NoticeBatch.Zip(Township(), At), NoticeBatch.Zip(Township(), At));
    }

    [Fact]
    public void Zip_accepts_times_before_1980()
    {
        using var zip = new ZipArchive(new MemoryStream(NoticeBatch.Zip(Township(), DateTimeOffset.UnixEpoch)));

        Assert.Equal(3, zip.Entries.Count);
    }
}
