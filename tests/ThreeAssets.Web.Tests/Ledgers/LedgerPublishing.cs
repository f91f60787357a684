using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Core.Exports;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Synthetic;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Review;
using ThreeAssets.Web.Ledgers;
using ThreeAssets.Web.Features.Submissions;
using ThreeAssets.Web.Common;
using UglyToad.PdfPig;

namespace ThreeAssets.Web.Tests.Ledgers;

/// <summary>
/// Publishes synthetic funds ledgers through the real pipeline (upload → submit → approve), as the
/// reviewer's approval does; tests of anything published can start from here.
/// </summary>
public static class LedgerPublishing
{
    public static readonly Period October = Period.OfMonth(2026, 10);

    /// <summary>An accountant of the village and a reviewer of its township, made on first use.</summary>
    public static async Task<(PortalUser Accountant, PortalUser Reviewer)> StaffForAsync(this PortalApp app, string villageCode)
    {
        var township = villageCode[..villageCode.LastIndexOf('-')];
        return (await app.UserAsync($"acct-{villageCode}", PortalRole.Accountant, villageCode),
                await app.UserAsync($"rev-{township}", PortalRole.Reviewer, township));
    }

    /// <summary>Publishes a synthetic funds ledger; <paramref name="edit"/> changes rows (names, texts) before upload.</summary>
    public static async Task<PublishOutcome> PublishFundsAsync(this PortalApp app, string villageCode, Period? period = null,
        Func<FundsRow, FundsRow>? edit = null, string? correctionReason = null)
    {
        var (accountant, reviewer) = await app.StaffForAsync(villageCode);
        var at = period ?? October;
        var (rows, summary) = SyntheticLedgers.Funds(villageCode, at, opening: 5_000_000);
        using var workbook = new MemoryStream();
        await LedgerWorkbookWriter.WriteAsync(workbook, LedgerKind.Funds, "资金收支明细表", rows.Select(edit ?? (r => r)), summary);

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        var village = await db.Villages.Include(v => v.Township).SingleAsync(v => v.Code == villageCode);
        var import = await services.GetRequiredService<LedgerImporter>()
            .ImportAsync(village, LedgerKind.Funds, at, "funds.xlsx", workbook.ToArray(), accountant.Id);
        var problem = await services.GetRequiredService<SubmissionWorkflow>().SubmitAsync(import.Submission, accountant, "测试");
        if (problem is not null) throw new InvalidOperationException(problem.MessageEn);
        return await services.GetRequiredService<Publisher>().ApproveAsync(import.Submission.Id, reviewer, correctionReason);
    }

    public static Task<PublicationNotice> NoticeAsync(this PortalApp app, long publicationId) =>
        app.WithDbAsync(db => db.PublicationNotices.AsNoTracking().SingleAsync(n => n.PublicationId == publicationId));

    /// <summary>A PDF's text with all whitespace removed (PdfPig spaces CJK glyphs unpredictably).</summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().SelectMany(p => p.Text).Where(c => !char.IsWhiteSpace(c)));
    }

    public static int PdfPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    private static async Task<PortalUser> UserAsync(this PortalApp app, string name, PortalRole role, string scope) =>
        await app.WithDbAsync(db => db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == name))
        ?? await app.CreateUserAsync(name, role, scope);
}
