using System.Net;
using System.Net.Http.Headers;
using ThreeAssets.Web.Tests.Ledgers;

namespace ThreeAssets.Web.Tests.Features.Publications;

public sealed class NoticeDownloadTests
{
    [Fact]
    public async Task Anyone_downloads_the_stored_notice_with_a_Chinese_name_and_long_caching()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var publication = (await app.PublishFundsAsync(TestOrg.VillageA1)).Publication!;
        var stored = await app.NoticeAsync(publication.Id);

        var response = await app.NewClient().GetAsync($"/publications/{publication.Id}/notice.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(stored.Pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{stored.Sha256}\"", response.Headers.ETag?.Tag);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("inline", disposition.DispositionType);
        Assert.Equal("甲镇-甲一村-2026-10-资金收支公开-第1版.pdf", disposition.FileNameStar);
    }

    [Fact]
    public async Task A_phone_that_has_the_notice_gets_304_without_the_bytes()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var publication = (await app.PublishFundsAsync(TestOrg.VillageA1)).Publication!;
        var stored = await app.NoticeAsync(publication.Id);
        var client = app.NewClient();
        client.DefaultRequestHeaders.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{stored.Sha256}\""));

        var response = await client.GetAsync($"/publications/{publication.Id}/notice.pdf");

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{stored.Sha256}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task An_unknown_publication_has_no_notice()
    {
        using var app = new PortalApp();

        var response = await app.NewClient().GetAsync("/publications/999/notice.pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
