using System.Globalization;
using System.Security.Cryptography;
using ThreeAssets.Documents.Notices;
using ThreeAssets.Documents.Tests.Builders;

namespace ThreeAssets.Documents.Tests.Notices;

public class DeterminismTests
{
    private static readonly NoticeRenderer Renderer = new();

    [Theory]
    [InlineData("funds")]
    [InlineData("assets")]
    [InlineData("resources")]
    public void Same_publication_gives_the_same_bytes(string kind)
    {
        NoticeBuilder Build() => kind switch
        {
            "funds" => NoticeBuilder.Funds(30),
            "assets" => NoticeBuilder.Assets(30),
            _ => NoticeBuilder.Resources(30),
        };

        var first = Renderer.Render(Build().Build());
        var second = Renderer.Render(Build().Build());

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
    }

    [Fact]
    public void Notices_rendered_in_parallel_are_identical()
    {
        var notice = NoticeBuilder.Funds(40).Build();
        var expected = Convert.ToHexString(SHA256.HashData(Renderer.Render(notice)));

        var hashes = new string[8];
        Parallel.For(0, hashes.Length, i => hashes[i] = Convert.ToHexString(SHA256.HashData(new NoticeRenderer().Render(notice))));

        Assert.All(hashes, h => Assert.Equal(expected, h));
    }

    [Fact]
    public void Creation_date_is_the_publication_time()
    {
        var pdf = Renderer.Render(NoticeBuilder.Funds().Build());

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.True(document.Information.GetCreatedDateTimeOffset() is { } created
            && created.ToUniversalTime() == new DateTimeOffset(2026, 11, 5, 1, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Another_fingerprint_gives_other_bytes()
    {
        var first = Renderer.Render(NoticeBuilder.Funds().Build());
        var other = Renderer.Render(NoticeBuilder.Funds().ForVillage("青河村", "0000-1111-2222-3333").Build());

        Assert.NotEqual(SHA256.HashData(first), SHA256.HashData(other));
    }

    [Theory]
    [InlineData("ar-SA")] // Umm al-Qura calendar: PDFsharp wrote the creation date as 1884
    [InlineData("th-TH")] // Buddhist calendar
    [InlineData("zh-CN")]
    public void Server_culture_does_not_change_the_bytes(string culture)
    {
        var notice = NoticeBuilder.Funds(10).Build();
        var expected = Renderer.Render(notice);
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

            Assert.Equal(expected, Renderer.Render(notice));
            Assert.Equal(culture, CultureInfo.CurrentCulture.Name);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
