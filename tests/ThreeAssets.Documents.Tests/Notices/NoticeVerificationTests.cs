using System.Text;
using ThreeAssets.Documents.Notices;
using ThreeAssets.Documents.Tests.Builders;

namespace ThreeAssets.Documents.Tests.Notices;

public class NoticeVerificationTests
{
    private static readonly byte[] Published = new NoticeRenderer().Render(NoticeBuilder.Funds(20).Build());

    // The store: the notice's hash as saved at publication, found by its fingerprint.
    private static string? Store(string fingerprint) =>
        fingerprint == "7F3A-92C4-1BDE-0A55" ? NoticeVerification.Sha256Hex(Published).ToUpperInvariant() : null;

    [Fact]
    public void Unchanged_notice_is_authentic()
    {
        var result = NoticeVerification.Check(Published.ToArray(), Store);

        Assert.Equal(NoticeCheck.Authentic, result.Outcome);
        Assert.Equal("7F3A-92C4-1BDE-0A55", result.Stamp?.Fingerprint);
    }

    [Fact]
    public void Notice_with_one_changed_byte_is_reported_altered()
    {
        var changed = Published.ToArray();
        // A byte of the PDF's own text (the producer in the XMP metadata), so the file stays readable.
        var at = Encoding.Latin1.GetString(changed).IndexOf("PDFsharp 6.2.4</pdf:Producer>", StringComparison.Ordinal);
        changed[at] = (byte)'Q';

        Assert.Equal(NoticeCheck.Altered, NoticeVerification.Check(changed, Store).Outcome);
    }

    [Fact]
    public void A_changed_byte_anywhere_never_passes()
    {
        for (var i = 0; i < 40; i++)
        {
            var changed = Published.ToArray();
            var at = new Random(i).Next(changed.Length);
            changed[at] ^= 0x20;

            Assert.NotEqual(NoticeCheck.Authentic, NoticeVerification.Check(changed, Store).Outcome);
        }
    }

    [Fact]
    public void Notice_of_an_unknown_publication_is_unknown()
    {
        var other = new NoticeRenderer().Render(NoticeBuilder.Funds().ForVillage("柳塘村", "9999-0000").Build());

        var result = NoticeVerification.Check(other, Store);

        Assert.Equal(NoticeCheck.Unknown, result.Outcome);
        Assert.Equal("9999-0000", result.Stamp?.Fingerprint);
    }

    [Fact]
    public void Random_bytes_are_not_a_notice()
    {
        Assert.Equal(NoticeCheck.NotANotice, NoticeVerification.Check(Encoding.UTF8.GetBytes("不是PDF"), Store).Outcome);
    }
}
