using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;
using ThreeAssets.E2E.Tests.Infrastructure;

namespace ThreeAssets.E2E.Tests.Journeys;

/// <summary>A resident asks about one row on a phone, the village accountant answers, the resident reads it by code.</summary>
public sealed class QuestionJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Resident_asks_about_a_row_accountant_answers_resident_reads_the_answer_by_code()
    {
        var publicationId = await TaoyuanFundsPublicationAsync();

        // The resident, on a phone, without an account.
        var resident = await fixture.NewPhonePageAsync();
        await resident.GotoAsync($"/publications/{publicationId}/ask?row=3");
        Assert.Contains("桃源村", await resident.InnerTextAsync(".ask-target"));
        Assert.Contains("第 3 行", await resident.InnerTextAsync(".ask-target"));
        await resident.FillAsync("#Text", "这笔钱是给谁的？\n为什么没有写经手人？");
        Assert.Contains("还能写", await resident.InnerTextAsync("#Text-count")); // the live counter (JS) replaced the server text
        await resident.FillAsync("#Phone", "13800001234");
        await BrowserFixture.ScreenshotAsync(resident, "question-1-ask");
        await resident.ClickAsync("button[type=submit]");

        var code = (await resident.InnerTextAsync("#tracking-code")).Trim();
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        Assert.True(await FitsThePhoneAsync(resident));
        var codeSize = await resident.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('#tracking-code')).fontSize)");
        Assert.True(codeSize >= 32, $"the tracking code is {codeSize}px");
        await BrowserFixture.ScreenshotAsync(resident, "question-2-code");

        // The accountant of 桃源村 answers from the inbox.
        var accountant = await fixture.NewPhonePageAsync();
        await accountant.GotoAsync("/account/login");
        await accountant.FillAsync("#UserName", "accountant");
        await accountant.FillAsync("#Password", "demo-accountant-2026");
        await accountant.ClickAsync("main button[type=submit]");
        await accountant.GotoAsync("/questions/inbox");
        await accountant.ClickAsync("text=这笔钱是给谁的");
        Assert.Contains("13800001234", await accountant.InnerTextAsync("main"));
        await accountant.FillAsync("#Answer", "这是防汛值班人员的误餐费，经手人已补签，单据可到村委会查看。");
        await BrowserFixture.ScreenshotAsync(accountant, "question-3-answer");
        await accountant.ClickAsync("text=提交答复");
        Assert.Contains("已答复", await accountant.InnerTextAsync("main"));
        await accountant.GotoAsync("/questions/inbox");
        await BrowserFixture.ScreenshotAsync(accountant, "question-5-inbox");

        // Days later the resident types the code as written down: lower case, no dash.
        await resident.GotoAsync("/");
        await resident.ClickAsync("text=查答复");
        await resident.FillAsync("#code", code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant());
        await resident.ClickAsync("main button[type=submit]");
        var page = await resident.InnerTextAsync("main");
        Assert.Contains("已答复", page);
        Assert.Contains("桃源村会计", page);
        Assert.Contains("防汛值班人员的误餐费", page);
        Assert.DoesNotContain("13800001234", page);
        Assert.True(await FitsThePhoneAsync(resident));
        await BrowserFixture.ScreenshotAsync(resident, "question-4-answer");

        // Everyone sees the public answer under the publication, without the phone number.
        await resident.GotoAsync($"/publications/{publicationId}/questions");
        Assert.Contains("防汛值班人员的误餐费", await resident.InnerTextAsync(".question-record"));
        Assert.True(await FitsThePhoneAsync(resident));
        await BrowserFixture.ScreenshotAsync(resident, "question-6-public-record");
    }

    private static Task<bool> FitsThePhoneAsync(Microsoft.Playwright.IPage page) =>
        page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth");

    private async Task<long> TaoyuanFundsPublicationAsync()
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Publications.AsNoTracking()
            .Where(p => p.Village.Name == "桃源村" && p.Kind == Core.Ledgers.LedgerKind.Funds && p.RowCount >= 3)
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }
}
