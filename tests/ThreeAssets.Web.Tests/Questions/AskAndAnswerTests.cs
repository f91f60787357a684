using System.Net;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Tests.Questions;

public sealed class AskAndAnswerTests
{
    [Fact]
    public async Task Resident_asks_on_a_row_and_follows_it_through_answer_reopening_and_closing()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var resident = world.App.NewClient();

        var form = await resident.GetStringAsync($"/publications/{world.PublicationId}/ask?row=2");
        Assert.Contains("甲一村", form);
        Assert.Contains("第 2 行", form);
        Assert.Contains("绝不公开", form);
        Assert.Contains("tabindex=\"-1\"", form); // the honeypot is out of the tab order

        var (asked, code) = await world.AskAsync(resident, "这笔<b>修路费</b>为什么比去年多？\n请说明。", row: 2, name: "王大爷", phone: "13800001234");
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.NotNull(code);
        var stored = await world.QuestionAsync(code);
        Assert.Equal((2, "王大爷", "13800001234", QuestionStatus.Received), (stored.RowNo, stored.AskerName, stored.AskerPhone, stored.Status));

        // Typed in lower case with spaces: the /track form normalises and redirects to the canonical address.
        var find = await resident.GetAsync($"/track?code={Uri.EscapeDataString(" " + code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal))}");
        Assert.Equal(HttpStatusCode.Redirect, find.StatusCode);
        Assert.Equal($"/track/{code}", find.Headers.Location!.OriginalString);
        var track = await resident.GetStringAsync($"/track/{code}");
        Assert.Contains("已受理", track);
        Assert.Contains("&lt;b&gt;修路费&lt;/b&gt;", track); // user text is encoded, never rendered as HTML
        Assert.DoesNotContain("王大爷", track);
        Assert.DoesNotContain("13800001234", track);

        // Three days later the accountant (signed in that day: the fake clock also ages cookies) sees the
        // contact details and answers publicly.
        world.Clock.Advance(TimeSpan.FromDays(3));
        var accountant = await world.App.LoginAsync("acct-a");
        var inbox = await accountant.GetStringAsync("/questions/inbox");
        Assert.Contains($"/questions/{stored.Id}", inbox);
        var staffPage = await accountant.GetStringAsync($"/questions/{stored.Id}");
        Assert.Contains("王大爷", staffPage);
        Assert.Contains("13800001234", staffPage);
        var answer = await accountant.PostFormAsync($"/questions/{stored.Id}", $"/questions/{stored.Id}/answer",
            new() { ["Answer"] = "今年修了两段路，\n明细见第 3 行。", ["Public"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);

        track = await resident.GetStringAsync($"/track/{code}");
        Assert.Contains("已答复", track);
        Assert.Contains("甲一村会计", track);
        Assert.Contains("今年修了两段路", track);
        Assert.Contains("2026-11-02", track);
        Assert.Contains("2026-11-05", track);

        // The public record under the publication: the answer, dates and answerer, but no name or phone.
        var record = await resident.GetStringAsync($"/publications/{world.PublicationId}/questions");
        Assert.Contains("今年修了两段路", record);
        Assert.Contains("甲一村会计", record);
        Assert.Contains("关于第 2 行", record);
        Assert.DoesNotContain("王大爷", record);
        Assert.DoesNotContain("13800001234", record);

        // Reopened once; the second time is refused.
        var reopen = await resident.PostFormAsync($"/track/{code}", $"/track/{code}/reopen", new() { ["why"] = "还是不清楚" });
        Assert.Equal(HttpStatusCode.Redirect, reopen.StatusCode);
        stored = await world.QuestionAsync(code);
        Assert.True(stored.Reopened);
        Assert.Equal(QuestionStatus.Received, stored.Status);
        track = await resident.GetStringAsync($"/track/{code}");
        Assert.Contains("已重新提交", track);
        Assert.DoesNotContain("/reopen", track);

        await accountant.PostFormAsync($"/questions/{stored.Id}", $"/questions/{stored.Id}/answer",
            new() { ["Answer"] = "已请村民代表核对，单据可到村委会查看。", ["Public"] = "true" });
        var again = await resident.PostFormAsync($"/publications/{world.PublicationId}/ask", $"/track/{code}/reopen", new() { ["why"] = "" });
        Assert.Contains("refused", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(QuestionStatus.Answered, (await world.QuestionAsync(code)).Status);

        var close = await accountant.PostFormAsync($"/questions/{stored.Id}", $"/questions/{stored.Id}/close", new());
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        stored = await world.QuestionAsync(code);
        Assert.Equal(QuestionStatus.Closed, stored.Status);
        Assert.NotNull(stored.ClosedAt);
        Assert.Contains("已办结", await resident.GetStringAsync($"/track/{code}"));

        Assert.Equal([AuditActions.QuestionAsked, AuditActions.QuestionAnswered, AuditActions.QuestionReopened,
            AuditActions.QuestionAnswered, AuditActions.QuestionClosed], await world.AuditActionsAsync(stored.Id));
    }

    [Fact]
    public async Task Private_answer_is_shown_to_the_code_holder_but_not_listed_publicly()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var resident = world.App.NewClient();
        var (_, code) = await world.AskAsync(resident, "我家的土地流转费什么时候发？");
        var id = (await world.QuestionAsync(code!)).Id;

        var reviewer = await world.App.LoginAsync("rev-a");
        await reviewer.PostFormAsync($"/questions/{id}", $"/questions/{id}/answer",
            new() { ["Answer"] = "您家的流转费已于11月1日打到一卡通。", ["Public"] = "false" });

        var track = await resident.GetStringAsync($"/track/{code}");
        Assert.Contains("您家的流转费已于11月1日打到一卡通", track);
        Assert.Contains("此答复只有您能看到", track);
        Assert.Contains("甲镇三资服务中心", track);
        var record = await resident.GetStringAsync($"/publications/{world.PublicationId}/questions");
        Assert.DoesNotContain("流转费", record);
    }

    [Fact]
    public async Task Empty_or_too_long_question_is_refused_with_a_message_and_nothing_is_stored()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var resident = world.App.NewClient();

        var (empty, code) = await world.AskAsync(resident, "   ");
        Assert.Null(code);
        Assert.Contains("请写下您的问题或意见", await empty.Content.ReadAsStringAsync());

        var (tooLong, _) = await world.AskAsync(resident, new string('问', 1003), phone: "call me");
        var html = await tooLong.Content.ReadAsStringAsync();
        Assert.Contains("现在有 1,003 字，请删去 3 字", html);
        Assert.Contains("电话号码请只写数字", html);
        Assert.Contains(new string('问', 1003), html); // nothing the resident typed is lost

        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync($"/publications/{world.PublicationId}/ask?row=4")).StatusCode);
        Assert.Equal(0, await world.App.WithDbAsync(db => Task.FromResult(db.Questions.Count())));
    }

    [Fact]
    public async Task Filled_honeypot_gets_a_normal_looking_answer_but_nothing_is_stored()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var (response, code) = await world.AskAsync(world.App.NewClient(), "cheap pills", honeypot: "http://spam.example");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(code);
        Assert.Equal(0, await world.App.WithDbAsync(db => Task.FromResult(db.Questions.Count())));
        Assert.Equal(0, await world.App.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count(a => a.TargetType == "question"))));
    }

    [Fact]
    public async Task Unknown_tracking_code_says_so_in_words()
    {
        await using var world = await QuestionWorld.CreateAsync();
        var response = await world.App.NewClient().GetAsync("/track/ABCD-EFGH");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("没有找到查询码", await response.Content.ReadAsStringAsync());
    }
}
