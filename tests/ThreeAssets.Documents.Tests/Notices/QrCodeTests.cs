using ThreeAssets.Documents.Notices;
using ThreeAssets.Documents.Tests.Builders;

namespace ThreeAssets.Documents.Tests.Notices;

public class QrCodeTests
{
    private const string Url = "https://sanzi.example.cn/publications/1024";

    [Fact]
    public void Qr_image_in_the_notice_decodes_to_the_publication_url()
    {
        var pdf = new NoticeRenderer().Render(NoticeBuilder.Funds().With(n => n with { PublicationUrl = Url }).Build());

        Assert.Equal([Url], QrDecoder.DecodeFirstPage(pdf));
    }

    [Fact]
    public void Qr_bitmap_decodes_to_the_url()
    {
        var (gray, width, height) = QrBitmap.ToGray(QrCode.Bitmap(Url + "?v=2"));

        Assert.Equal(Url + "?v=2", QrDecoder.Decode(gray, width, height));
    }
}
