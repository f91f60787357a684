using System.Net;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Questions;

public sealed class QuestionScopeTests
{
    [Fact]
    public async Task Accountant_of_another_village_can_neither_see_nor_answer_the_question()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var (_, code) = await world.AskAsync(world.App.NewClient(), "请问村集体的存款利息入账了吗？", name: "李四", phone: "13900002222");
        var id = (await world.QuestionAsync(code!)).Id;

        foreach (var outsider in new[] { "acct-b", "rev-b" })
        {
            var client = await world.App.LoginAsync(outsider);
            var inbox = await client.GetStringAsync("/questions/inbox");
            Assert.DoesNotContain($"/questions/{id}", inbox);
            Assert.DoesNotContain("存款利息", inbox);
            var page = await client.GetAsync($"/questions/{id}");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.DoesNotContain("13900002222", await page.Content.ReadAsStringAsync());
            var answer = await client.PostFormAsync("/questions/inbox", $"/questions/{id}/answer", new() { ["Answer"] = "越权答复", ["Public"] = "true" });
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            var close = await client.PostFormAsync("/questions/inbox", $"/questions/{id}/close", new());
            Assert.Equal(HttpStatusCode.NotFound, close.StatusCode);
        }

        var stored = await world.QuestionAsync(code!);
        Assert.Equal(QuestionStatus.Received, stored.Status);
        Assert.Null(stored.Answer);
    }

    [Fact]
    public async Task Inspector_reads_but_cannot_answer()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var (_, code) = await world.AskAsync(world.App.NewClient(), "账上这笔招待费是谁批的？");
        var id = (await world.QuestionAsync(code!)).Id;
        var inspector = await world.App.LoginAsync("insp");

        var page = await inspector.GetStringAsync($"/questions/{id}");
        Assert.Contains("招待费", page);
        Assert.DoesNotContain("/answer", page);
        var answer = await inspector.PostFormAsync($"/questions/{id}", $"/questions/{id}/answer", new() { ["Answer"] = "x", ["Public"] = "true" });
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task Closing_an_unanswered_question_is_refused()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var (_, code) = await world.AskAsync(world.App.NewClient(), "为什么没有公布？");
        var id = (await world.QuestionAsync(code!)).Id;
        var accountant = await world.App.LoginAsync("acct-a");

        var close = await accountant.PostFormAsync($"/questions/{id}", $"/questions/{id}/close", new());
        Assert.Contains("refused", close.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(QuestionStatus.Received, (await world.QuestionAsync(code!)).Status);
        var empty = await accountant.PostFormAsync($"/questions/{id}", $"/questions/{id}/answer", new() { ["Answer"] = " ", ["Public"] = "true" });
        Assert.Contains("请写下答复内容", await empty.Content.ReadAsStringAsync());
    }
}
