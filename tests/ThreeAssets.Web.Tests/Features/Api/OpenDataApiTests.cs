using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ThreeAssets.Web.Tests.Features.Api;

public sealed partial class OpenDataApiTests(OpenDataFixture fixture) : IClassFixture<OpenDataFixture>
{
    private readonly HttpClient _client = fixture.App.NewClient();

    private async Task<(HttpResponseMessage Response, JsonElement Json, string Text)> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length > 0 ? JsonDocument.Parse(text).RootElement : default, text);
    }

    [Fact]
    public async Task Villages_are_listed_by_code_with_township_district_and_pinyin()
    {
        var (response, json, _) = await GetAsync("/api/v1/villages?page=1&pageSize=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1, 1, 2), (json.GetProperty("page").GetInt32(), json.GetProperty("pageSize").GetInt32(), json.GetProperty("total").GetInt32()));
        var village = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(OpenDataFixture.Village, village.GetProperty("code").GetString());
        Assert.Equal("桃园村", village.GetProperty("name").GetString());
        Assert.Equal("tyc", village.GetProperty("pinyin").GetString());
        Assert.Equal("清河镇", village.GetProperty("township").GetString());
        Assert.Equal(OpenDataFixture.District, village.GetProperty("districtCode").GetString());
        var second = (await GetAsync("/api/v1/villages?page=2&pageSize=1")).Json.GetProperty("items")[0];
        Assert.Equal("9902-02-01", second.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/api/v1/villages?pageSize=0")]
    [InlineData("/api/v1/villages?pageSize=501")]
    [InlineData("/api/v1/villages?page=0")]
    [InlineData("/api/v1/villages/9902-01-01/publications?pageSize=1000")]
    [InlineData("/api/v1/villages/9902-01-01/publications?kind=money")]
    [InlineData("/api/v1/publications/1?pageSize=1001")]
    [InlineData("/api/v1/publications/1?page=-1")]
    public async Task Bad_paging_or_kind_is_a_400_problem(string url)
    {
        var (response, json, _) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/villages/0000-00-00/publications")]
    [InlineData("/api/v1/publications/999999")]
    public async Task Unknown_village_or_publication_is_a_404_problem(string url)
    {
        var (response, json, text) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
        Assert.Contains("Not found", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_village_lists_current_and_superseded_publications_newest_first_with_funds_totals_in_yuan()
    {
        var (response, json, text) = await GetAsync($"/api/v1/villages/{OpenDataFixture.Village}/publications");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = json.GetProperty("items").EnumerateArray().ToList();
        // 12 monthly funds ledgers, one corrected, and 4 quarterly snapshots each of assets and resources.
        Assert.Equal(21, json.GetProperty("total").GetInt32());
        var dates = items.Select(i => i.GetProperty("publishedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        var correction = Assert.Single(items, i => i.GetProperty("version").GetInt32() == 2);
        Assert.Equal("第 1 行摘要写得不完整，已补充。", correction.GetProperty("correctionReason").GetString());
        var original = items.Single(i => i.GetProperty("id").GetInt64() == correction.GetProperty("supersedesId").GetInt64());
        Assert.False(original.GetProperty("current").GetBoolean());
        Assert.Equal(correction.GetProperty("id").GetInt64(), original.GetProperty("supersededById").GetInt64());
        Assert.True(correction.GetProperty("current").GetBoolean());
        Assert.Equal(JsonValueKind.Null, items.First(i => i.GetProperty("kind").GetString() == "assets").GetProperty("funds").ValueKind);
        // Yuan as JSON numbers with exactly two decimals.
        Assert.Matches(TwoDecimals(), text);
        Assert.DoesNotMatch(NotTwoDecimals(), text);

        var assets = (await GetAsync($"/api/v1/villages/{OpenDataFixture.Village}/publications?kind=assets")).Json;
        Assert.Equal(4, assets.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_publication_has_metadata_columns_and_paged_rows_keyed_by_schema_keys()
    {
        var list = (await GetAsync($"/api/v1/villages/{OpenDataFixture.Village}/publications?kind=funds&pageSize=1")).Json;
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();

        var (response, json, _) = await GetAsync($"/api/v1/publications/{id}?page=2&pageSize=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var publication = json.GetProperty("publication");
        Assert.Equal("funds", publication.GetProperty("kind").GetString());
        Assert.Matches(@"^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$", publication.GetProperty("fingerprint").GetString());
        Assert.Equal(64, publication.GetProperty("contentHash").GetString()!.Length);
        Assert.Equal(OpenDataFixture.Village, json.GetProperty("village").GetProperty("code").GetString());
        Assert.Contains(json.GetProperty("columns").EnumerateArray(), c => c.GetProperty("key").GetString() == "counterparty");
        var rows = json.GetProperty("rows");
        Assert.Equal((2, 5, 20), (rows.GetProperty("page").GetInt32(), rows.GetProperty("pageSize").GetInt32(), rows.GetProperty("total").GetInt32()));
        var items = rows.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([6, 7, 8, 9, 10], items.Select(r => r.GetProperty("rowNo").GetInt32()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", items[0].GetProperty("date").GetString());
        Assert.True(items[0].TryGetProperty("accountCode", out _));
        Assert.True(items[0].TryGetProperty("balance", out _));
    }

    [Fact]
    public async Task A_publication_has_an_etag_and_answers_304_when_unchanged()
    {
        var url = $"/api/v1/publications/{fixture.PersonalPublicationId}";
        var first = await _client.GetAsync(url);
        var etag = first.Headers.ETag;

        Assert.NotNull(etag);
        Assert.Contains("public", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var other = new HttpRequestMessage(HttpMethod.Get, url + "?pageSize=1");
        other.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task Personal_data_is_masked_in_every_json_answer()
    {
        var detail = await GetAsync($"/api/v1/publications/{fixture.PersonalPublicationId}");
        var list = await GetAsync("/api/v1/villages/9902-02-01/publications");
        var text = detail.Text + list.Text;

        foreach (var secret in new[] { OpenDataFixture.Phone, OpenDataFixture.IdNumber, OpenDataFixture.BankAccount, "张三丰", "李四", "王建国", "赵丽华" })
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        var rows = detail.Json.GetProperty("rows").GetProperty("items");
        Assert.Equal("张**", rows[0].GetProperty("counterparty").GetString());
        Assert.Equal("李*", rows[0].GetProperty("handler").GetString());
        Assert.Contains("138****5678", rows[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("110101********8515", rows[1].GetProperty("summary").GetString(), StringComparison.Ordinal);
        // Organisations stay readable.
        Assert.StartsWith("华联办公用品店", rows[1].GetProperty("counterparty").GetString(), StringComparison.Ordinal);
        Assert.Equal(200.50m, rows[1].GetProperty("expense").GetDecimal());
        Assert.Contains("\"expense\":200.50", detail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_data_allows_cross_origin_gets()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/villages");
        request.Headers.Add("Origin", "https://example.org");
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [GeneratedRegex("\"opening\":\\d+\\.\\d{2}[,}]")]
    private static partial Regex TwoDecimals();

    [GeneratedRegex("\"(opening|income|expense|closing)\":\\d+(\\.\\d)?[,}]")]
    private static partial Regex NotTwoDecimals();
}
