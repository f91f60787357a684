using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Hosting;

/// <summary>
/// Drops every cached public page and open-data response once a change to what they show is committed:
/// a publication (or the supersession of one), a question or its answer, a renamed village. Residents
/// must see a correction at once, not after a cache entry expires. Such changes are rare, so evicting
/// the whole public cache is cheap; the expiry times then only bound what another web node, which does
/// not see this node's changes, may serve.
/// <para>
/// Inside a transaction the eviction waits for the commit: evicting at SaveChanges would let a request
/// that arrives before the commit cache the old page again.
/// </para>
/// </summary>
public sealed class PublicCacheEviction(IOutputCacheStore store) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>The tag every public output-cache policy carries.</summary>
    public const string Tag = "public";

    private static readonly object Pending = new();
    private readonly ConditionalWeakTable<DbContext, object> _savingContexts = [];
    private readonly ConditionalWeakTable<DbTransaction, object> _transactions = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && _savingContexts.Remove(context))
            store.EvictByTagAsync(Tag, default).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _savingContexts.Remove(context))
            await store.EvictByTagAsync(Tag, CancellationToken.None);
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context) _savingContexts.Remove(context);
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_transactions.Remove(transaction))
            store.EvictByTagAsync(Tag, default).AsTask().GetAwaiter().GetResult();
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (_transactions.Remove(transaction))
            await store.EvictByTagAsync(Tag, CancellationToken.None);
    }

    /// <summary>Remembers a save that changes public data: until it returns, or until its transaction commits.</summary>
    private void Note(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries().Any(IsPublicChange)) return;
        if (context.Database.CurrentTransaction?.GetDbTransaction() is { } transaction)
            _transactions.AddOrUpdate(transaction, Pending);
        else
            _savingContexts.AddOrUpdate(context, Pending);
    }

    private static bool IsPublicChange(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is Publication or Question or Village or Township or District;
}
