using Microsoft.EntityFrameworkCore;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Tests.Questions;

public sealed class EscalationTests
{
    [Fact]
    public async Task Question_unanswered_for_more_than_ten_days_goes_to_the_township_and_the_inspectors()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var (_, code) = await world.AskAsync(world.App.NewClient(), "村里的鱼塘承包费去哪了？");
        var id = (await world.QuestionAsync(code!)).Id;
        // Staff sign in after each move of the clock: the fake clock ages their cookies too.
        world.Clock.Advance(TimeSpan.FromDays(10));
        var reviewer = await world.App.LoginAsync("rev-a");
        var inspector = await world.App.LoginAsync("insp");
        Assert.DoesNotContain("已超期", await reviewer.GetStringAsync("/questions/inbox"));
        Assert.DoesNotContain($"/questions/{id}", await inspector.GetStringAsync("/inspect/questions"));
        Assert.Null((await world.QuestionAsync(code!)).EscalatedAt);

        world.Clock.Advance(TimeSpan.FromHours(1));
        reviewer = await world.App.LoginAsync("rev-a");
        inspector = await world.App.LoginAsync("insp");
        var inbox = await reviewer.GetStringAsync("/questions/inbox");
        Assert.Contains("已超期", inbox);
        Assert.Contains($"/questions/{id}", inbox);
        var inspect = await inspector.GetStringAsync("/inspect/questions");
        Assert.Contains($"/questions/{id}", inspect);
        Assert.Contains("已超期", inspect);
        Assert.Contains("已超过答复期限", await world.App.NewClient().GetStringAsync($"/track/{code}"));

        var question = await world.QuestionAsync(code!);
        Assert.Equal(world.Clock.Now, question.EscalatedAt);
        // Escalated once, by the deadline rather than by whoever opened a page.
        var escalations = await world.App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.QuestionEscalated).ToListAsync());
        var entry = Assert.Single(escalations);
        Assert.Null(entry.UserId);
        Assert.Equal(TestOrg.VillageA1, entry.OrgCode);
    }

    [Fact]
    public async Task Answered_question_is_not_overdue_and_reopening_restarts_the_clock()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var resident = world.App.NewClient();
        var (_, code) = await world.AskAsync(resident, "合同为什么没有公开招标？");
        var id = (await world.QuestionAsync(code!)).Id;
        var accountant = await world.App.LoginAsync("acct-a");
        await accountant.PostFormAsync($"/questions/{id}", $"/questions/{id}/answer", new() { ["Answer"] = "经村民代表会议决议。", ["Public"] = "true" });

        world.Clock.Advance(TimeSpan.FromDays(30));
        var inspector = await world.App.LoginAsync("insp");
        Assert.DoesNotContain($"/questions/{id}", await inspector.GetStringAsync("/inspect/questions"));

        await resident.PostFormAsync($"/publications/{world.PublicationId}/ask", $"/track/{code}/reopen", new() { ["why"] = "决议在哪里能看到？" });
        world.Clock.Advance(TimeSpan.FromDays(9));
        inspector = await world.App.LoginAsync("insp");
        Assert.DoesNotContain($"/questions/{id}", await inspector.GetStringAsync("/inspect/questions"));
        world.Clock.Advance(TimeSpan.FromDays(2));
        inspector = await world.App.LoginAsync("insp");
        Assert.Contains($"/questions/{id}", await inspector.GetStringAsync("/inspect/questions"));
    }

    [Fact]
    public async Task Inspector_list_is_for_inspectors_only()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var accountant = await world.App.LoginAsync("acct-a");
        var response = await accountant.GetAsync("/inspect/questions");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
