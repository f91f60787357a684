using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;
using ThreeAssets.Data.Integrity;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Tests.Integrity;

namespace ThreeAssets.Web.Tests.Data;

/// <summary>The audit log as a hash chain: numbered and linked at save, whoever writes, however many write at once.</summary>
public sealed class AuditChainTests
{
    [Fact]
    public async Task Audit_chain_is_intact_after_the_demo_seed_and_records_every_publication()
    {
        using var app = new PortalApp(demo: true);

        var report = await app.WithDbAsync(db => db.VerifyAsync());
        var publications = await app.WithDbAsync(db => db.Publications.Select(p => new { p.Id, p.ContentHash }).ToListAsync());

        Assert.True(report.Intact, string.Join("\n", report.Breaks.Select(b => b.Problem).Concat(report.Audit.Breaks.Select(b => b.Problem))));
        Assert.Equal(0, report.Audit.Unchained);
        Assert.Equal(await app.WithDbAsync(db => db.AuditEntries.CountAsync()), report.Audit.Chained);
        Assert.Equal(report.Audit.Chained, report.Audit.Head!.Sequence);
        Assert.NotEmpty(publications);
        Assert.Equal(publications.Select(p => (p.Id, p.ContentHash)).Order(),
            report.Audit.Publications.Select(r => (r.PublicationId, r.ContentHash)).Order());
    }

    [Fact]
    public async Task Concurrent_writers_do_not_fork_the_audit_chain()
    {
        using var app = new PortalApp();
        const int writers = 24;
        // Started (and migrated) before the writers race, rather than by whichever of them comes first.
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));

        // Each in its own scope (its own context and connection), released together, as simultaneous requests are.
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            start.Wait();
            await using var scope = app.Services.CreateAsyncScope();
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            audit.Add("test.concurrent", "Test", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await audit.WriteAsync("test.concurrent", "Test", $"{i}b");
        })).ToList();
        start.Set();
        await Task.WhenAll(tasks);

        var sequences = await app.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        var report = await app.WithDbAsync(db => db.VerifyAuditAsync());
        Assert.Equal(Enumerable.Range(1, writers * 2).Select(n => (long?)n), sequences);
        Assert.True(report.Intact, string.Join("\n", report.Breaks.Select(b => b.Problem)));
        Assert.Equal(writers * 2, report.Chained);
    }

    [Fact]
    public async Task Entries_from_before_the_chain_are_counted_but_one_slipped_in_after_it_is_a_break()
    {
        using var app = new PortalApp();
        // Rows as an older version wrote them (no sequence, no hash), then the chain, then one more without.
        var at = app.Provider == DatabaseProvider.PostgreSql ? "now()" : "0";
        var legacy = $"INSERT INTO \"AuditEntries\" (\"At\", \"Action\") VALUES ({at}, 'legacy.action');";
        await Tampering.ExecuteAsync(app, legacy + legacy);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteAsync("test.chained");
        await Tampering.ExecuteAsync(app, legacy);

        var report = await app.WithDbAsync(db => db.VerifyAuditAsync());

        Assert.Equal((2, 1), (report.Unchained, report.Chained));
        var late = Assert.Single(report.Breaks);
        Assert.Null(late.Sequence);
        Assert.Contains("written after the chain began", late.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hash_survives_the_databases_round_trip_of_the_time()
    {
        using var app = new PortalApp();
        // Sub-millisecond ticks and a Beijing offset: what is hashed must be what comes back.
        var at = new DateTimeOffset(2026, 10, 31, 23, 59, 59, TimeSpan.FromHours(8)).AddTicks(1_234_567);
        await app.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(new AuditEntry { At = at, Action = "test.time", DetailsJson = "{\"名\":\"值\"}" });
            await db.SaveChangesAsync();
        });

        var stored = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync());

        Assert.Equal(AuditChain.ComputeHash(stored), stored.Hash);
        Assert.Equal(at.ToUnixTimeMilliseconds(), stored.At.ToUnixTimeMilliseconds());
    }
}
