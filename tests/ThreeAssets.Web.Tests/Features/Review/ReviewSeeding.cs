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

namespace ThreeAssets.Web.Tests.Features.Review;

/// <summary>Real workbooks uploaded and submitted through the portal's own services, ready for review.</summary>
internal static class ReviewSeeding
{
    /// <summary>A funds workbook as an accountant's software writes it; <paramref name="change"/> may alter the rows.</summary>
    public static async Task<byte[]> FundsWorkbookAsync(string villageCode, string period, long opening = 5_000_000,
        Func<IReadOnlyList<FundsRow>, IReadOnlyList<FundsRow>>? change = null)
    {
        var (rows, summary) = SyntheticLedgers.Funds(villageCode, Period.Parse(period), opening, rowsPerMonth: 12);
        var changed = change?.Invoke(rows) ?? rows;
        using var stream = new MemoryStream();
        await LedgerWorkbookWriter.WriteAsync(stream, LedgerKind.Funds, $"测试村{Period.Parse(period).ToChinese()}资金收支明细表", changed, summary);
        return stream.ToArray();
    }

    public static async Task<byte[]> RegisterWorkbookAsync(string villageCode, LedgerKind kind, string period)
    {
        var p = Period.Parse(period);
        IEnumerable<ILedgerRow> rows = kind == LedgerKind.Assets ? SyntheticLedgers.Assets(villageCode, p) : SyntheticLedgers.Resources(villageCode, p);
        using var stream = new MemoryStream();
        await LedgerWorkbookWriter.WriteAsync(stream, kind, $"测试村{p.ToChinese()}{LedgerSchema.For(kind).Title}", rows);
        return stream.ToArray();
    }

    /// <summary>Uploads through LedgerImporter and submits through SubmissionWorkflow, as the accountant's screens do.</summary>
    public static async Task<long> SubmitAsync(this PortalApp app, string villageCode, LedgerKind kind, string period, int uploaderId, byte[] content)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        var village = await db.Villages.SingleAsync(v => v.Code == villageCode);
        var uploader = await db.Users.SingleAsync(u => u.Id == uploaderId);
        var import = await services.GetRequiredService<LedgerImporter>().ImportAsync(village, kind, Period.Parse(period),
            $"{kind.ToString().ToLowerInvariant()}-{period}.xlsx", content, uploaderId);
        Assert.True(import.Submission.ErrorCount == 0, StoredReport.Deserialize(import.Submission.ReportJson).Findings is [var first, ..] ? first.Message : null);
        var problem = await services.GetRequiredService<SubmissionWorkflow>().SubmitAsync(import.Submission, uploader, "已核对凭证");
        Assert.Null(problem);
        return import.Submission.Id;
    }

    public static async Task<long> SubmitFundsAsync(this PortalApp app, string villageCode, string period, int uploaderId) =>
        await app.SubmitAsync(villageCode, LedgerKind.Funds, period, uploaderId, await FundsWorkbookAsync(villageCode, period));

    /// <summary>Approves through the Publisher in a scope of its own, as one request would.</summary>
    public static async Task<PublishOutcome> ApproveAsync(this PortalApp app, long submissionId, int approverId, string? reason = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var approver = await db.Users.SingleAsync(u => u.Id == approverId);
        return await scope.ServiceProvider.GetRequiredService<Publisher>().ApproveAsync(submissionId, approver, reason);
    }
}
