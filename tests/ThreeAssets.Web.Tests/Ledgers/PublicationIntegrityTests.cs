using System.Net;
using System.Text.Json;
using ThreeAssets.Web.Tests.Integrity;

namespace ThreeAssets.Web.Tests.Ledgers;

/// <summary>
/// A publication is checked against its content hash before the web vouches for it: an amount edited in the database
/// gets a red banner on the page, integrity "mismatch" in the API, and never "现在有效" on /verify.
/// </summary>
public sealed class PublicationIntegrityTests
{
    private const string Banner = "内容与发布时的指纹不符，可能被篡改";

    [Fact]
    public async Task An_amount_edited_in_the_database_is_flagged_on_the_page_the_api_and_verify()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var publication = (await app.PublishFundsAsync(TestOrg.VillageA1)).Publication!;

        // One expense a little smaller, as someone covering a withdrawal would make it; totals left as they were.
        await Tampering.ExecuteAsync(app,
            $"UPDATE \"FundsEntries\" SET \"Expense\" = \"Expense\" - 100 WHERE \"PublicationId\" = {publication.Id} AND \"Expense\" > 100;",
            "FundsEntries_no_update");
        var client = app.NewClient();

        var page = await client.GetStringAsync($"/publications/{publication.Id}");
        var api = await client.GetAsync($"/api/v1/publications/{publication.Id}");
        var verify = await client.GetStringAsync($"/verify?fingerprint={publication.Fingerprint}");

        Assert.Contains(Banner, page, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal("mismatch", json.RootElement.GetProperty("integrity").GetString());
        // The published metadata is still there, unchanged in shape.
        Assert.Equal(publication.ContentHash, json.RootElement.GetProperty("publication").GetProperty("contentHash").GetString());
        Assert.Contains("mismatch", api.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.Contains("可能被篡改，不能视为有效", verify, StringComparison.Ordinal);
        Assert.DoesNotContain("现在有效", verify, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_untouched_publication_is_intact_everywhere()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var publication = (await app.PublishFundsAsync(TestOrg.VillageA1)).Publication!;
        var client = app.NewClient();

        var page = await client.GetStringAsync($"/publications/{publication.Id}");
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/publications/{publication.Id}"));
        var verify = await client.GetStringAsync($"/verify?fingerprint={publication.Fingerprint}");

        Assert.DoesNotContain(Banner, page, StringComparison.Ordinal);
        Assert.Equal("intact", json.RootElement.GetProperty("integrity").GetString());
        Assert.Contains("✓ 找到了：这份公示现在有效", verify, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_banner_is_in_English_for_an_English_reader()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var publication = (await app.PublishFundsAsync(TestOrg.VillageA1)).Publication!;
        await Tampering.ExecuteAsync(app,
            $"UPDATE \"Publications\" SET \"CorrectionReason\" = '无' WHERE \"Id\" = {publication.Id};", "Publications_no_update");
        var client = app.NewClient();

        var page = await client.GetStringAsync($"/publications/{publication.Id}?culture=en");

        Assert.Contains("it may have been tampered with", page, StringComparison.Ordinal);
    }
}
