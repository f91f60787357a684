using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Data;

public sealed class AppendOnlyTests
{
    [Fact]
    public async Task Audit_entries_cannot_be_updated_or_deleted()
    {
        using var app = new PortalApp();
        var id = await app.WithDbAsync(async db =>
        {
            var entry = new AuditEntry { At = DateTimeOffset.UtcNow, Action = "test.action" };
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

        await app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Id == id);
            entry.Action = "rewritten";
            await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        });
        await app.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Id == id));
            await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        });
        // Raw SQL and bulk updates bypass SaveChanges; the database triggers stop them.
        await app.WithDbAsync(async db =>
        {
            await Assert.ThrowsAsync<SqliteException>(() => db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.Action, "x")));
            await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries"));
        });

        Assert.Equal("test.action", await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == id).Select(e => e.Action).SingleAsync()));
    }

    [Fact]
    public async Task Publications_and_their_rows_cannot_be_changed()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var user = await app.CreateUserAsync("reviewer", PortalRole.Reviewer, TestOrg.TownshipA);
        var submissionId = await app.AddSubmissionAsync(TestOrg.VillageA1, user.Id);
        var publicationId = await app.WithDbAsync(async db =>
        {
            var village = await db.Villages.SingleAsync(v => v.Code == TestOrg.VillageA1);
            var publication = new Publication
            {
                VillageId = village.Id, Kind = LedgerKind.Funds, Period = "2026-10", ContentHash = new string('b', 64),
                Fingerprint = "BBBB-BBBB", ApprovedById = user.Id, ApprovingOrganisation = "甲镇", SubmissionId = submissionId,
                PublishedAt = DateTimeOffset.UtcNow, RowCount = 1,
            };
            db.Publications.Add(publication);
            await db.SaveChangesAsync();
            db.FundsEntries.Add(new FundsEntry
            {
                PublicationId = publication.Id, RowNo = 1, SourceRow = 5, Date = new DateOnly(2026, 10, 5),
                Voucher = "记-1", Summary = "办公用品", AccountCode = "541", Expense = 12_000,
            });
            await db.SaveChangesAsync();
            return publication.Id;
        });

        await app.WithDbAsync(async db =>
        {
            (await db.Publications.SingleAsync(p => p.Id == publicationId)).RowCount = 2;
            await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        });
        await app.WithDbAsync(async db =>
        {
            db.FundsEntries.Remove(await db.FundsEntries.SingleAsync());
            await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
            await Assert.ThrowsAsync<SqliteException>(() => db.FundsEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.Expense, 1)));
        });
        Assert.Equal(12_000, await app.WithDbAsync(db => db.FundsEntries.Select(e => e.Expense).SingleAsync()));
    }
}
