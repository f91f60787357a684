namespace ThreeAssets.Web.Tests.Questions;

public sealed class VillageStatsTests
{
    [Fact]
    public async Task Village_page_counts_questions_and_the_average_days_to_answer()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var resident = world.App.NewClient();
        var (_, first) = await world.AskAsync(resident, "一问");
        await world.AskAsync(resident, "二问");
        var id = (await world.QuestionAsync(first!)).Id;

        world.Clock.Advance(TimeSpan.FromDays(4));
        var accountant = await world.App.LoginAsync("acct-a");
        await accountant.PostFormAsync($"/questions/{id}", $"/questions/{id}/answer", new() { ["Answer"] = "答", ["Public"] = "false" });

        var html = await resident.GetStringAsync($"/villages/{TestOrg.VillageA1}/questions");
        Assert.Matches(@"收到提问</dt><dd>2 个", html);
        Assert.Matches(@"已答复</dt><dd>1 个", html);
        Assert.Matches(@"正在办理</dt><dd>1 个", html);
        Assert.Contains("4.0 天", html);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await resident.GetAsync("/villages/9999-99-99/questions")).StatusCode);
    }
}
