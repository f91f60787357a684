using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;
using ThreeAssets.Documents.Notices;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Demo;
using ThreeAssets.Web.Ledgers;
using ThreeAssets.Web.Features.Review;
using ThreeAssets.Web.Features.Submissions;
using ThreeAssets.Web.Tests.Features.Review;

namespace ThreeAssets.Web.Tests.Ledgers;

/// <summary>Publishing is all or nothing, and exactly once.</summary>
public sealed class PublishingTests
{
    [Fact]
    public async Task Two_racing_approvals_publish_exactly_once()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var accountant = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var chen = await app.CreateUserAsync("chen", PortalRole.Reviewer, TestOrg.TownshipA);
        var zhou = await app.CreateUserAsync("zhou", PortalRole.Reviewer, TestOrg.TownshipA);
        var id = await app.SubmitFundsAsync(TestOrg.VillageA1, "2026-10", accountant.Id);

        var outcomes = await Task.WhenAll(Task.Run(() => app.ApproveAsync(id, chen.Id)), Task.Run(() => app.ApproveAsync(id, zhou.Id)));

        Assert.Single(outcomes, o => o.Published);
        Assert.Single(outcomes, o => !o.Published && o.Problem is not null);
        Assert.Equal(1, await app.WithDbAsync(db => db.Publications.CountAsync()));
        Assert.Equal(12, await app.WithDbAsync(db => db.FundsEntries.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.Publish)));
    }

    [SqliteFact("breaks publishing with a SQLite trigger through a raw SQLite connection; the PostgreSQL equivalent is PublishingNoticeTests")]
    public async Task Failure_in_the_middle_of_publishing_leaves_nothing_behind()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var accountant = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var reviewer = await app.CreateUserAsync("chen", PortalRole.Reviewer, TestOrg.TownshipA);
        var id = await app.SubmitFundsAsync(TestOrg.VillageA1, "2026-10", accountant.Id);
        var failing = new FailOnSecondSave();
        var options = new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(app.ConnectionString).AddInterceptors(failing).Options;
        await using var db = new SqliteDbContext(options);
        var time = TimeProvider.System;
        var notices = new NoticeIssuer(db, app.Services.GetRequiredService<NoticeRenderer>(), app.Services.GetRequiredService<PublicLinks>(),
            new DemoSettings(false), time);
        var audit = new AuditLog(db, new HttpContextAccessor(), time);
        var risks = new ThreeAssets.Web.Risks.RiskMonitor(db, audit, time, Microsoft.Extensions.Logging.Abstractions.NullLogger<ThreeAssets.Web.Risks.RiskMonitor>.Instance);
        var publisher = new Publisher(db, new LedgerReading(db, time), audit, notices, risks, time);
        var approver = await db.Users.SingleAsync(u => u.Id == reviewer.Id);

        // The publication row is saved; saving its rows, the status and the audit lines then fails.
        await Assert.ThrowsAsync<IOException>(() => publisher.ApproveAsync(id, approver, null));

        Assert.Equal(2, failing.Saves);
        Assert.Equal(0, await app.WithDbAsync(d => d.Publications.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(d => d.FundsEntries.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(d => d.AuditEntries.CountAsync(a => a.Action == AuditActions.Publish || a.Action == AuditActions.Approve)));
        var submission = await app.WithDbAsync(d => d.Submissions.SingleAsync(s => s.Id == id));
        Assert.Equal((SubmissionStatus.Submitted, null), (submission.Status, submission.PublicationId));
        // Nothing was left half-done: the same ledger can be approved afterwards.
        Assert.True((await app.ApproveAsync(id, reviewer.Id)).Published);
    }

    private sealed class FailOnSecondSave : SaveChangesInterceptor
    {
        public int Saves { get; private set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default) =>
            ++Saves == 2 ? throw new IOException("disk failed (simulated)") : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
