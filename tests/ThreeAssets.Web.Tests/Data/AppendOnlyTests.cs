using System.Data.Common;
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
            await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.Action, "x")));
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
        });

        Assert.Equal("test.action", await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == id).Select(e => e.Action).SingleAsync()));
    }

    [Fact]
    public async Task Publications_and_their_rows_cannot_be_changed()
    {
        using var app = new PortalApp();
        var publicationId = await PublishOneRowAsync(app);

        await app.WithDbAsync(async db =>
        {
            (await db.Publications.SingleAsync(p => p.Id == publicationId)).RowCount = 2;
            await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        });
        await app.WithDbAsync(async db =>
        {
            db.FundsEntries.Remove(await db.FundsEntries.SingleAsync());
            await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
            await Assert.ThrowsAnyAsync<DbException>(() => db.FundsEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.Expense, 1)));
        });
        Assert.Equal(12_000, await app.WithDbAsync(db => db.FundsEntries.Select(e => e.Expense).SingleAsync()));
    }

    // INSERT OR REPLACE deletes the row it conflicts with, and that delete fires no trigger unless the connection
    // turned recursive_triggers on: the BEFORE INSERT triggers refuse it, for any client of the file.
    [SqliteFact("INSERT OR REPLACE is SQLite's own syntax")]
    public async Task Insert_or_replace_cannot_rewrite_an_audit_entry_or_a_ledger_row_on_sqlite()
    {
        using var app = new PortalApp();
        await PublishOneRowAsync(app);
        var auditId = await AddAuditEntryAsync(app);
        var rowId = await app.WithDbAsync(db => db.FundsEntries.Select(e => e.Id).SingleAsync());

        await using var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();
        await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(connection,
            $"INSERT OR REPLACE INTO AuditEntries (Id, At, Action) VALUES ({auditId}, 0, 'rewritten')"));
        await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(connection,
            $"REPLACE INTO FundsEntries SELECT * FROM FundsEntries WHERE Id = {rowId}"));
        // A new id but the same (publication, row number): REPLACE would delete the original through the unique index.
        await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(connection,
            $"INSERT OR REPLACE INTO FundsEntries (Id, PublicationId, RowNo, SourceRow, Date, Voucher, Summary, AccountCode, Income, Expense, Balance) " +
            $"SELECT Id + 1000, PublicationId, RowNo, SourceRow, Date, Voucher, '改写', AccountCode, Income, 1, Balance FROM FundsEntries WHERE Id = {rowId}"));
        // A new id but an audit entry's place in the hash chain: REPLACE would delete that entry through the unique index.
        await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(connection,
            $"INSERT OR REPLACE INTO AuditEntries (Id, At, Action, Sequence) SELECT Id + 1000, At, 'rewritten', Sequence FROM AuditEntries WHERE Id = {auditId}"));

        Assert.Equal("test.action", await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == auditId).Select(e => e.Action).SingleAsync()));
        var row = await app.WithDbAsync(db => db.FundsEntries.AsNoTracking().SingleAsync());
        Assert.Equal((rowId, "办公用品", 12_000L), (row.Id, row.Summary, row.Expense));
    }

    // ON CONFLICT DO UPDATE is an UPDATE of the existing row: the UPDATE trigger refuses it.
    [PostgreSqlFact]
    public async Task Upsert_cannot_rewrite_an_audit_entry_or_a_ledger_row_on_postgresql()
    {
        using var app = new PortalApp();
        await PublishOneRowAsync(app);
        var auditId = await AddAuditEntryAsync(app);
        var rowId = await app.WithDbAsync(db => db.FundsEntries.Select(e => e.Id).SingleAsync());

        await app.WithDbAsync(async db =>
        {
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"AuditEntries\" (\"Id\", \"At\", \"Action\") VALUES ({auditId}, now(), 'rewritten') ON CONFLICT (\"Id\") DO UPDATE SET \"Action\" = excluded.\"Action\""));
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"FundsEntries\" SELECT * FROM \"FundsEntries\" WHERE \"Id\" = {rowId} ON CONFLICT (\"Id\") DO UPDATE SET \"Expense\" = 1"));
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE \"AuditEntries\""));
        });

        Assert.Equal("test.action", await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == auditId).Select(e => e.Action).SingleAsync()));
        Assert.Equal(12_000, await app.WithDbAsync(db => db.FundsEntries.Select(e => e.Expense).SingleAsync()));
    }

    private static Task<long> AddAuditEntryAsync(PortalApp app) => app.WithDbAsync(async db =>
    {
        var entry = new AuditEntry { At = DateTimeOffset.UtcNow, Action = "test.action" };
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    });

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A publication of village A1 with one funds row (12 000 fen of office supplies), written directly.</summary>
    private static async Task<long> PublishOneRowAsync(PortalApp app)
    {
        await app.SeedOrgAsync();
        var user = await app.CreateUserAsync("reviewer", PortalRole.Reviewer, TestOrg.TownshipA);
        var submissionId = await app.AddSubmissionAsync(TestOrg.VillageA1, user.Id);
        return await app.WithDbAsync(async db =>
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
    }
}
