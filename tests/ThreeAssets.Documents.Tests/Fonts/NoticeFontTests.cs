using ThreeAssets.Documents.Fonts;
using ThreeAssets.Documents.Notices;
using ThreeAssets.Documents.Tests.Builders;
using UglyToad.PdfPig;

namespace ThreeAssets.Documents.Tests.Fonts;

public class NoticeFontTests
{
    [Fact]
    public void Default_font_file_and_its_licence_are_copied_next_to_the_tests()
    {
        Assert.True(File.Exists(NoticeFontOptions.Default.RegularPath), NoticeFontOptions.Default.RegularPath);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Fonts", "OFL.txt")));
    }

    [Fact]
    public void Chinese_is_drawn_with_an_embedded_subset_of_the_notice_font()
    {
        var pdf = new NoticeRenderer().Render(NoticeBuilder.Funds(40).Build());

        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.All(fonts, f => Assert.Matches(@"^[A-Z]{6}\+Noto", f));
        // A subset: the full face is 10 MB; a notice carries only the glyphs it uses.
        Assert.InRange(pdf.Length, 20_000, 400_000);
    }

    [Fact]
    public void Renderers_with_the_same_fonts_can_be_created_repeatedly_and_concurrently()
    {
        Parallel.For(0, 16, _ => Assert.NotNull(new NoticeRenderer(new NoticeFontOptions())));
    }

    [Fact]
    public void Other_fonts_cannot_be_swapped_in_once_the_font_is_set()
    {
        _ = new NoticeRenderer();

        var other = new NoticeFontOptions { RegularPath = "other-regular.ttf", BoldPath = "other-bold.ttf" };

        Assert.Throws<InvalidOperationException>(() => new NoticeRenderer(other));
    }
}
