using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using ThreeAssets.Web.Tests.Ledgers;

namespace ThreeAssets.Web.Tests.Security;

/// <summary>
/// A party cell that holds more than a bare name (a name beside a phone number, two names, an organisation and its
/// contact) is masked word by word on every public surface: the page, open data and the PDF notice.
/// </summary>
public sealed class PartyMaskingTests
{
    [Fact]
    public async Task A_name_beside_a_number_or_an_organisation_is_masked_on_the_page_in_the_API_and_in_the_notice()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var outcome = await app.PublishFundsAsync(TestOrg.VillageA1, edit: r => r with
        {
            Counterparty = r.Expense > 0 ? "张三丰 13812345678" : "桃源村股份经济合作社 李四光/Zhang Sanfeng",
        });
        var id = outcome.Publication!.Id;
        var client = app.NewClient();

        var page = await client.GetStringAsync($"/publications/{id}");
        var api = await ReadableJsonAsync(await client.GetAsync($"/api/v1/publications/{id}"));
        var notice = await client.GetAsync($"/publications/{id}/notice.pdf");
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        var pdf = LedgerPublishing.PdfText(await notice.Content.ReadAsByteArrayAsync());

        foreach (var text in new[] { page, api, pdf })
        {
            Assert.DoesNotContain("张三丰", text, StringComparison.Ordinal);
            Assert.DoesNotContain("李四光", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Sanfeng", text, StringComparison.Ordinal);
            Assert.DoesNotContain("13812345678", text, StringComparison.Ordinal);
        }
        Assert.Contains("张** 138****5678", page, StringComparison.Ordinal);
        Assert.Contains("张** 138****5678", api, StringComparison.Ordinal);
        Assert.Contains("桃源村股份经济合作社 李**/Z**** S******", api, StringComparison.Ordinal);
        Assert.Contains("张**138****5678", pdf, StringComparison.Ordinal); // PdfText drops spaces
    }

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static async Task<string> ReadableJsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonSerializer.Serialize(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, Unescaped);
    }
}
