using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThreeAssets.Web.Tests.Questions;

namespace ThreeAssets.Web.Tests.Features.Api;

public sealed class QuestionsApiTests
{
    [Fact]
    public async Task Api_takes_a_question_without_login_and_reports_its_status_without_name_or_phone()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var client = world.App.NewClient();

        var created = await client.PostAsJsonAsync("/api/v1/questions",
            new { publicationId = world.PublicationId, row = 1, text = "第一行的收入是哪来的？", name = "赵六", phone = "13700003333" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString()!;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", code);

        var status = await client.GetAsync($"/api/v1/questions/{code.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var json = await status.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(json).RootElement;
        Assert.Equal("received", body.GetProperty("status").GetString());
        Assert.Equal(1, body.GetProperty("row").GetInt32());
        Assert.Equal("第一行的收入是哪来的？", body.GetProperty("question").GetString());
        Assert.DoesNotContain("赵六", json);
        Assert.DoesNotContain("13700003333", json);
    }

    [Fact]
    public async Task Api_explains_mistakes_in_Chinese_problem_details()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var client = world.App.NewClient();

        var empty = await client.PostAsJsonAsync("/api/v1/questions", new { publicationId = world.PublicationId, text = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType!.MediaType);
        Assert.Contains("请写下您的问题或意见", await empty.Content.ReadAsStringAsync());

        var badRow = await client.PostAsJsonAsync("/api/v1/questions", new { publicationId = world.PublicationId, row = 99, text = "?" });
        Assert.Equal(HttpStatusCode.NotFound, badRow.StatusCode);
        Assert.Contains("没有第 99 行", await badRow.Content.ReadAsStringAsync());

        var unknown = await client.GetAsync("/api/v1/questions/ZZZZ-ZZZZ");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("没有找到这个查询码", await unknown.Content.ReadAsStringAsync());
    }
}
