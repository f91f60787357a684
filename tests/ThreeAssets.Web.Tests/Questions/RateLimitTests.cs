using System.Net;
using System.Net.Http.Json;

namespace ThreeAssets.Web.Tests.Questions;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Sixth_question_within_ten_minutes_from_one_address_gets_429_with_a_clear_message()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var resident = world.App.NewClient();
        for (var i = 1; i <= 5; i++)
        {
            var (ok, code) = await world.AskAsync(resident, $"第 {i} 个问题");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.NotNull(code);
        }

        var (page, none) = await world.AskAsync(resident, "第 6 个问题");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Null(none);
        Assert.Contains("提交太频繁", await page.Content.ReadAsStringAsync());
        Assert.InRange(page.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 60, 600);

        var api = await resident.PostAsJsonAsync("/api/v1/questions", new { publicationId = world.PublicationId, text = "第 7 个问题" });
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Contains("提交太频繁", await api.Content.ReadAsStringAsync());
        Assert.Equal(5, await world.App.WithDbAsync(db => Task.FromResult(db.Questions.Count())));

        // Reading is never limited.
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync($"/publications/{world.PublicationId}/ask")).StatusCode);
    }

    [Fact]
    public async Task Limit_is_configurable()
    {
        await using var world = await QuestionWorld.CreateAsync(new() { ["Questions:AskLimit"] = "2" });
        var resident = world.App.NewClient();
        await world.AskAsync(resident, "一");
        await world.AskAsync(resident, "二");
        var (third, _) = await world.AskAsync(resident, "三");
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }
}
