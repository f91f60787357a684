using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ThreeAssets.Core.Exports;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Synthetic;
using ThreeAssets.E2E.Tests.Infrastructure;

namespace ThreeAssets.E2E.Tests.Journeys;

/// <summary>
/// 桃源村's accountant catches up on May (missing in the demo data): uploads a ledger with a wrong account
/// code, reads the report, downloads the marked-up copy, uploads the corrected file and submits it.
/// </summary>
public sealed partial class AccountantJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Village = "3301-01-01";

    [BrowserFact]
    public async Task Accountant_fixes_a_ledger_with_errors_and_submits_it()
    {
        var page = await fixture.NewPhonePageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#UserName", "accountant");
        await page.FillAsync("#Password", "demo-accountant-2026");
        await page.ClickAsync("button[type=submit]");

        await page.GotoAsync("/workspace");
        Assert.Contains("逾期", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "accountant-1-workspace");

        await page.GotoAsync($"/submissions/upload?village={Village}&kind=Funds&period=2026-05");
        await BrowserFixture.ScreenshotAsync(page, "accountant-2-upload");
        await UploadAsync(page, May(broken: true));
        var main = await page.InnerTextAsync("main");
        Assert.Contains("1 处需要修改", main, StringComparison.Ordinal);
        Assert.Contains("888", main, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "accountant-3-report-with-errors");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("text=下载标注了问题的表格"));
        Assert.EndsWith("-检查结果.xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.True(new FileInfo(await download.PathAsync()).Length > 0);

        await page.ClickAsync("text=上传改好的文件");
        Assert.Equal("2026-05", await page.InputValueAsync("#Period"));
        await UploadAsync(page, May(broken: false));
        Assert.Contains("行已通过检查", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "accountant-4-report-passed");

        if (await page.IsVisibleAsync("text=给审核人的说明（必填）"))
            await page.FillAsync("#note", "审批人外出，回村后补签");
        await page.ClickAsync("button:has-text(\"提交审核\")");
        Assert.Contains("已提交，等待乡镇审核。", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "accountant-5-submitted");
    }

    private static async Task UploadAsync(IPage page, byte[] workbook)
    {
        await page.SetInputFilesAsync("#File", new FilePayload
        {
            Name = "桃源村2026年5月资金收支明细.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = workbook,
        });
        await page.ClickAsync("button:has-text(\"上传并检查\")");
        await page.WaitForURLAsync(ReportUrl());
    }

    /// <summary>A May ledger as the demo data is made; broken, its first row names an account that does not exist.</summary>
    private static byte[] May(bool broken)
    {
        var (rows, summary) = SyntheticLedgers.Funds(Village, Period.OfMonth(2026, 5), 200_000_00);
        var written = rows.Select((row, i) => (ILedgerRow)(broken && i == 0 ? row with { AccountCode = "888", AccountName = null } : row));
        using var output = new MemoryStream();
        LedgerWorkbookWriter.WriteAsync(output, LedgerKind.Funds, "桃源村2026年5月资金收支明细表", written, summary).GetAwaiter().GetResult();
        return output.ToArray();
    }

    [GeneratedRegex(@"/submissions/\d+")]
    private static partial Regex ReportUrl();
}
