using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Demo;

namespace ThreeAssets.Web.Hosting;

/// <summary>
/// Whether the start-up work (migrations, reference and demo data) has been done. A database that cannot be
/// reached at start-up is logged, not fatal: the portal runs, answers 503, and tries again on each /healthz and
/// at most every <see cref="RetryEvery"/> on other requests, so that it heals when the database comes back.
/// </summary>
internal sealed class DatabaseAvailability(IServiceScopeFactory scopes, ILogger<DatabaseAvailability> logger) : IDisposable
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _attempt = new(1, 1);
    private long _lastAttempt = long.MinValue / 2;
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void Dispose() => _attempt.Dispose();

    /// <summary>Prepares the database unless already done; false when it is still unavailable.</summary>
    public async Task<bool> TryPrepareAsync(bool throttle, CancellationToken cancellationToken = default)
    {
        if (_ready) return true;
        if (throttle && Environment.TickCount64 - Interlocked.Read(ref _lastAttempt) < (long)RetryEvery.TotalMilliseconds) return false;
        // One attempt at a time; a request arriving meanwhile gets its 503 at once instead of queueing behind a timeout.
        if (!await _attempt.WaitAsync(0, cancellationToken)) return false;
        try
        {
            if (_ready) return true;
            Interlocked.Exchange(ref _lastAttempt, Environment.TickCount64);
            await using var scope = scopes.CreateAsyncScope();
            _ready = await PrepareAsync(scope.ServiceProvider, cancellationToken);
        }
#pragma warning disable CA1031 // Whatever stops the preparation (no server, no folder, a corrupt file) means "not yet": logged, retried.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.DatabaseUnavailable(e);
        }
        finally
        {
            _attempt.Release();
        }
        return _ready;
    }

    /// <summary>
    /// Production with several web nodes sets MigrateOnStartup=false and runs <c>cli db migrate</c> once
    /// before a deployment, so that nodes do not race to migrate.
    /// </summary>
    private async Task<bool> PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        if (settings.MigrateOnStartup)
        {
            var applied = await services.GetRequiredService<PortalDatabaseMigrator>().MigrateAsync(cancellationToken);
            logger.MigrationsApplied(settings.Provider, applied.Count);
        }
        else
        {
            var pending = (await services.GetRequiredService<PortalDbContext>().Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                // Keep running so that /healthz can say what is wrong; seeding would only fail.
                logger.MigrationsPending(pending.Count);
                return false;
            }
        }
        await services.GetRequiredService<PortalSeeder>().SeedAsync(cancellationToken);
        return true;
    }
}
