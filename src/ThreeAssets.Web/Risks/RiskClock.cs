using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Risks;

/// <summary>
/// RISK-LATE, RISK-EXPIRED and RISK-UNANSWERED change with the calendar, not with a publication: every
/// <c>Risks:RecomputeEvery</c> (default 6 hours; 0 turns it off) each district is recomputed. The first run
/// waits one interval, so that a starting node does not compete with its own start-up. Idempotent, so two
/// nodes doing it at once only do the work twice.
/// </summary>
internal sealed class RiskClock(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<RiskClock> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = configuration.GetValue("Risks:RecomputeEvery", TimeSpan.FromHours(6));
        if (every <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var monitor = scope.ServiceProvider.GetRequiredService<RiskMonitor>();
                foreach (var district in await db.Districts.Select(d => d.Id).ToListAsync(stoppingToken))
                    await monitor.RecomputeDistrictAsync(district, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be down for a while; the next tick tries again, and the node stays up.
                RiskLog.ScheduledRecomputeFailed(logger, e);
            }
        }
    }
}
