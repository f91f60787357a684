using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Core.Exports;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Synthetic;
using ThreeAssets.Data;
using ThreeAssets.E2E.Tests.Infrastructure;
using ThreeAssets.Web.Features.Submissions;
using ThreeAssets.Web.Ledgers;
using ThreeAssets.Web.Common;

namespace ThreeAssets.E2E.Tests.Journeys;

public sealed class ReviewerJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Village = "3301-01-01"; // 桃源村, monthly funds, published up to 2026-10 by the demo seed

    [BrowserFact]
    public async Task Reviewer_opens_the_queue_reviews_a_new_month_and_publishes_it()
    {
        var submissionId = await SubmitNovemberAsync();
        var page = await fixture.NewPhonePageAsync();

        await page.GotoAsync("/account/login?returnUrl=/review");
        await page.FillAsync("#UserName", "reviewer");
        await page.FillAsync("#Password", "demo-reviewer-2026");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/review");
        Assert.Contains("等待审核的台账", await page.InnerTextAsync("main"));
        await BrowserFixture.ScreenshotAsync(page, "review-queue");

        await page.ClickAsync($"a[href='/review/{submissionId}']");
        var text = await page.InnerTextAsync("main");
        Assert.Contains("桃源村 2026年11月 资金收支明细", text);
        Assert.Contains("这一期还没有公开过", text);
        Assert.Contains("会计的说明", text);
        await BrowserFixture.ScreenshotAsync(page, "review-page");

        await page.ClickAsync("button:has-text('批准并公开')");
        await page.WaitForURLAsync($"**/review/{submissionId}?published=1");
        var fingerprint = await FingerprintAsync(submissionId);
        Assert.Equal(fingerprint, (await page.InnerTextAsync(".fingerprint")).Trim());
        Assert.Contains("已批准并公开", await page.InnerTextAsync("main"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await BrowserFixture.ScreenshotAsync(page, "review-published");

        // Residents see it at once, with the same fingerprint, without signing in.
        var resident = await fixture.NewPhonePageAsync();
        await resident.GotoAsync($"/publications/{await PublicationIdAsync(submissionId)}");
        Assert.Equal(fingerprint, (await resident.InnerTextAsync(".fingerprint code")).Trim());
        Assert.Contains("桃源村", await resident.InnerTextAsync("main"));
        await BrowserFixture.ScreenshotAsync(resident, "review-published-public-page");

        // The accountant finds a wrong amount and sends a correction: the reviewer sees exactly what changed.
        var correctionId = await SubmitNovemberAsync(rows => [.. rows.Select((r, i) => i == 0 ? r with { Summary = "购买办公用品（打印纸）" } : r)]);
        await page.GotoAsync($"/review/{correctionId}");
        Assert.Contains("修改 1 行", await page.InnerTextAsync("main"));
        await page.ClickAsync("button:has-text('批准更正并公开第 2 版')");
        Assert.Contains("更正需要写明原因", await page.InnerTextAsync(".error-summary"));
        await BrowserFixture.ScreenshotAsync(page, "review-correction-refused");
        await page.FillAsync("#Form_CorrectionReason", "第1笔摘要补充了购买内容");
        await page.ClickAsync("button:has-text('批准更正并公开第 2 版')");
        await page.WaitForURLAsync($"**/review/{correctionId}?published=1");
        Assert.Equal(await FingerprintAsync(correctionId), (await page.InnerTextAsync(".fingerprint")).Trim());
        Assert.Contains("第 2 版", await page.InnerTextAsync(".review-result"));

        await page.GotoAsync($"/preferences/culture/en?returnUrl=/review/{correctionId}");
        Assert.Contains("Approved and published", await page.InnerTextAsync(".review-result"));
        await BrowserFixture.ScreenshotAsync(page, "review-published-en");
    }

    // The demo accountant uploads 2026-11 for 桃源村 through the portal's own services, opening at October's closing balance.
    private async Task<long> SubmitNovemberAsync(Func<IReadOnlyList<FundsRow>, IReadOnlyList<FundsRow>>? change = null)
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        var village = await db.Villages.SingleAsync(v => v.Code == Village);
        var accountant = await db.Users.SingleAsync(u => u.UserName == "accountant");
        var october = await db.Publications.Where(p => p.VillageId == village.Id && p.Kind == LedgerKind.Funds && p.Period == "2026-10")
            .OrderByDescending(p => p.Version).Select(p => p.ClosingFen).FirstAsync();
        var period = Period.Parse("2026-11");
        var (rows, summary) = SyntheticLedgers.Funds(Village, period, october!.Value);
        using var file = new MemoryStream();
        await LedgerWorkbookWriter.WriteAsync(file, LedgerKind.Funds, $"桃源村{period.ToChinese()}资金收支明细表", change?.Invoke(rows) ?? rows, summary);

        var import = await services.GetRequiredService<LedgerImporter>()
            .ImportAsync(village, LedgerKind.Funds, period, "桃源村2026年11月资金.xlsx", file.ToArray(), accountant.Id);
        Assert.Equal(0, import.Submission.ErrorCount);
        Assert.Null(await services.GetRequiredService<SubmissionWorkflow>()
            .SubmitAsync(import.Submission, accountant, "11月收支已与银行对账单核对"));
        return import.Submission.Id;
    }

    private async Task<long> PublicationIdAsync(long submissionId)
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Publications.Where(p => p.SubmissionId == submissionId).Select(p => p.Id).SingleAsync();
    }

    private async Task<string> FingerprintAsync(long submissionId)
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Publications.Where(p => p.SubmissionId == submissionId).Select(p => p.Fingerprint).SingleAsync();
    }
}
