using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ThreeAssets.Data;

/// <summary>
/// The portal's database: org tree, staff accounts (Identity), submissions, immutable publications,
/// the audit log and data-protection keys (so that logins survive across web nodes).
/// </summary>
/// <remarks>
/// Abstract: every migration set belongs to one provider, so the app always uses
/// <see cref="SqliteDbContext"/>, <see cref="SqlServerDbContext"/> or <see cref="PostgreSqlDbContext"/>. After a
/// model change, add a migration to ALL THREE sets, from the repository root:
/// <code>
/// dotnet tool restore
/// dotnet build src/ThreeAssets.Data
/// dotnet ef migrations add NAME --project src/ThreeAssets.Data --context SqliteDbContext --output-dir Migrations/Sqlite
/// dotnet ef migrations add NAME --project src/ThreeAssets.Data --context SqlServerDbContext --output-dir Migrations/SqlServer
/// dotnet ef migrations add NAME --project src/ThreeAssets.Data --context PostgreSqlDbContext --output-dir Migrations/PostgreSql
/// </code>
/// To look at the SQL, rebuild first (<c>--no-build</c> would silently read a stale assembly):
/// <code>
/// dotnet build src/ThreeAssets.Data
/// dotnet ef migrations script --idempotent --project src/ThreeAssets.Data --context SqlServerDbContext
/// </code>
/// or without the tool: <c>dotnet run --project src/ThreeAssets.Cli -- db script --provider SqlServer</c>.
/// </remarks>
public abstract class PortalDbContext(DbContextOptions options)
    : IdentityUserContext<PortalUser, int>(options), IDataProtectionKeyContext
{
    public DbSet<District> Districts => Set<District>();
    public DbSet<Township> Townships => Set<Township>();
    public DbSet<Village> Villages => Set<Village>();
    public DbSet<UserScope> UserScopes => Set<UserScope>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<SubmissionFile> SubmissionFiles => Set<SubmissionFile>();
    public DbSet<Publication> Publications => Set<Publication>();
    public DbSet<PublicationNotice> PublicationNotices => Set<PublicationNotice>();
    public DbSet<FundsEntry> FundsEntries => Set<FundsEntry>();
    public DbSet<AssetItem> AssetItems => Set<AssetItem>();
    public DbSet<ResourceItem> ResourceItems => Set<ResourceItem>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ChartAccount> ChartAccounts => Set<ChartAccount>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<RiskAlert> RiskAlerts => Set<RiskAlert>();
    public DbSet<ProblemCase> Cases => Set<ProblemCase>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<CaseEvidence> CaseEvidence => Set<CaseEvidence>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    // Two writers that read the same audit head race for the same sequence; the unique index stops the second, which
    // links again after the winner. Each loss means another entry was saved meanwhile, so the bound only stops a storm.
    private const int AuditLinkAttempts = 100;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RejectChangesToAppendOnlyRows();
        BumpSubmissionRevisions();
        var audit = AddedAuditEntries();
        if (audit.Count == 0) return base.SaveChanges(acceptAllChangesOnSuccess);
        for (var attempt = 1; ; attempt++)
        {
            var head = AuditChain.Head(this);
            AuditChain.Link(audit, head);
            try
            {
                return base.SaveChanges(acceptAllChangesOnSuccess);
            }
            catch (DbUpdateException) when (attempt < AuditLinkAttempts)
            {
                // As in SaveChangesAsync: retry only when the head moved.
                if (AuditChain.Head(this) == head) throw;
            }
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RejectChangesToAppendOnlyRows();
        BumpSubmissionRevisions();
        var audit = AddedAuditEntries();
        if (audit.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var head = await AuditChain.HeadAsync(this, cancellationToken);
            AuditChain.Link(audit, head);
            try
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < AuditLinkAttempts)
            {
                // The head moved: another writer took our sequence (or saved meanwhile); link after it and try again.
                // Anything else (another unique index, a concurrency token) is the caller's to handle. In a transaction
                // EF has rolled back to its savepoint, so the query and the retry run in a usable transaction.
                if (await AuditChain.HeadAsync(this, cancellationToken) == head) throw;
            }
        }
    }

    // The entries this save inserts, in the order they were added; the chain links them in that order.
    private List<AuditEntry> AddedAuditEntries() =>
        [.. ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];

    // Published ledgers and the audit log are evidence: a bug that edits one must fail loudly rather than
    // rewrite history. Database triggers (see the Initial migrations) also stop raw SQL.
    private void RejectChangesToAppendOnlyRows()
    {
        foreach (var entry in ChangeTracker.Entries<IAppendOnly>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                throw new AppendOnlyViolationException(
                    $"{entry.Metadata.ClrType.Name} rows are append-only; refusing to {(entry.State == EntityState.Deleted ? "delete" : "modify")} one.");
        }
    }

    // Every change to a submission bumps its revision, the concurrency token: of two people approving and
    // rejecting at once, the second save fails instead of overwriting the first.
    private void BumpSubmissionRevisions()
    {
        foreach (var entry in ChangeTracker.Entries<Submission>())
        {
            if (entry.State == EntityState.Modified)
                entry.Entity.Revision = entry.OriginalValues.GetValue<int>(nameof(Submission.Revision)) + 1;
        }
    }
}
