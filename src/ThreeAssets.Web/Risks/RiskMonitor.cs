using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Risks;
using ThreeAssets.Data;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Questions;

namespace ThreeAssets.Web.Risks;

/// <summary>What one recomputation changed.</summary>
public sealed record RecomputeResult(int Found, int Added, int Cleared);

/// <summary>
/// Keeps the stored warnings of DESIGN §7 in step with the published data: runs Core's rules (the same as
/// <c>scan</c>) over a village's whole published set — the latest version of every period — and upserts
/// the results by their identity, so each warning keeps its status and the inspector's reason; warnings no
/// longer found are marked cleared, not deleted. Rent medians need the township: the other villages' latest
/// resource registers are read as peers (their own warnings are refreshed when they are recomputed).
/// </summary>
public sealed class RiskMonitor(PortalDbContext db, AuditLog audit, TimeProvider time, ILogger<RiskMonitor> logger)
{
    /// <summary>Recomputes one village; a failure is logged and swallowed, because a publication that succeeded must not fail on its warnings.</summary>
    public async Task TryRecomputeVillageAsync(int villageId, CancellationToken cancellationToken = default)
    {
        try
        {
            await RecomputeVillageAsync(villageId, cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            RiskLog.RecomputeFailed(logger, e, villageId);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Recomputes every village of the district (after a threshold change, on demand, and on the clock).</summary>
    public async Task<RecomputeResult> RecomputeDistrictAsync(int districtId, CancellationToken cancellationToken = default)
    {
        var villages = await db.Villages.Where(v => v.Township.DistrictId == districtId).Select(v => v.Id).ToListAsync(cancellationToken);
        var total = new RecomputeResult(0, 0, 0);
        foreach (var id in villages)
        {
            var result = await RecomputeVillageAsync(id, cancellationToken);
            db.ChangeTracker.Clear(); // a district's rows are not kept in memory village after village
            total = new RecomputeResult(total.Found + result.Found, total.Added + result.Added, total.Cleared + result.Cleared);
        }
        return total;
    }

    public async Task<RecomputeResult> RecomputeVillageAsync(int villageId, CancellationToken cancellationToken = default)
    {
        var village = await db.Villages.AsNoTracking().Include(v => v.Township).ThenInclude(t => t.District)
            .SingleAsync(v => v.Id == villageId, cancellationToken);
        var thresholds = DistrictThresholds.Of(village.Township.District);
        var published = await db.CurrentPublications().Where(p => p.VillageId == villageId).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var peers = await db.CurrentPublications().Where(p => p.Village.TownshipId == village.TownshipId && p.VillageId != villageId
            && p.Kind == LedgerKinds.Resources.Kind).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        // Only each peer village's newest register counts for the median, as in scan.
        peers = peers.GroupBy(p => p.VillageId).Select(g => g.MaxBy(p => Period.Parse(p.Period).End)!).ToList();

        var ledgers = new List<RiskLedger>();
        var positions = new Dictionary<(LedgerKind, string), (long PublicationId, Dictionary<int, int> RowNos)>();
        foreach (var p in published.Concat(peers))
        {
            var rows = await db.LoadRowsAsync(p.Id, p.Kind, cancellationToken);
            var key = p.VillageId == villageId ? village.Code : "peer-" + p.VillageId;
            ledgers.Add(new RiskLedger(village.Township.Code, key, p.Kind, Period.Parse(p.Period), rows));
            if (p.VillageId != villageId) continue;
            var rowNos = new Dictionary<int, int>();
            for (var i = 0; i < rows.Count; i++) rowNos.TryAdd(rows[i].SourceRow, i + 1);
            positions[(p.Kind, p.Period)] = (p.Id, rowNos);
        }

        var asOf = time.Today();
        var schedules = village.DisclosureStart is { } start
            ? new Dictionary<(string, string), DisclosureSchedule> { [(village.Township.Code, village.Code)] = new(start, village.FundsFrequency == FundsFrequency.Monthly) }
            : null;
        var found = RiskScanner.Run(ledgers, asOf, thresholds, schedules)
            .Where(w => w.Village == village.Code)
            .Select(w =>
            {
                var at = positions.GetValueOrDefault((w.Kind, w.Period.ToString()));
                var rows = w.Rows.Select(r => at.RowNos?.GetValueOrDefault(r) ?? 0).Where(r => r > 0).ToList();
                return new Finding(w.Rule, w.Kind, w.Period.ToString(), w.Subject, at.PublicationId == 0 ? null : at.PublicationId, rows, null,
                    w.Value, w.Threshold, w.Message, w.MessageEn);
            })
            .Concat(await UnansweredAsync(village, thresholds, cancellationToken))
            .ToList();

        try
        {
            return await StoreAsync(village, thresholds, found, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node recomputed the same village at the same moment and inserted a warning first: once more, as an update.
            db.ChangeTracker.Clear();
            return await StoreAsync(village, thresholds, found, cancellationToken);
        }
    }

    private sealed record Finding(RiskRule Rule, LedgerKind Kind, string Period, string Subject, long? PublicationId, IReadOnlyList<int> Rows,
        long? QuestionId, string Value, string Threshold, string Message, string MessageEn);

    /// <summary>RISK-UNANSWERED: a question waiting for an answer longer than the district allows, kept on its publication.</summary>
    private async Task<IEnumerable<Finding>> UnansweredAsync(Village village, RiskThresholds thresholds, CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().AddDays(-thresholds.AnswerDays);
        var waiting = await db.Questions.AsNoTracking()
            .Where(q => q.VillageId == village.Id && q.Status == QuestionStatus.Received)
            .Join(db.Publications, q => q.PublicationId, p => p.Id, (q, p) => new { q.Id, q.RowNo, q.TrackingCode, q.ReceivedAt, q.ReopenedAt, q.PublicationId, p.Kind, p.Period })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return waiting.Where(q => (q.ReopenedAt ?? q.ReceivedAt) < before).Select(q =>
        {
            var days = (int)(now - (q.ReopenedAt ?? q.ReceivedAt)).TotalDays;
            var code = TrackingCodes.Format(q.TrackingCode);
            return new Finding(RiskRules.Unanswered, q.Kind, q.Period, "question|" + q.Id, q.PublicationId, q.RowNo is { } r ? [r] : [], q.Id,
                days.ToString(System.Globalization.CultureInfo.InvariantCulture), thresholds.AnswerDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"群众提问 {code} 已等待 {days} 天未答复（应在 {thresholds.AnswerDays} 天内答复）。",
                $"Residents' question {code} has waited {days} days for an answer (due within {thresholds.AnswerDays}).");
        });
    }

    private async Task<RecomputeResult> StoreAsync(Village village, RiskThresholds thresholds, List<Finding> found, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var existing = await db.RiskAlerts.Where(a => a.VillageId == village.Id).ToDictionaryAsync(a => a.Key, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (added, cleared) = (0, 0);
        foreach (var f in found)
        {
            var key = KeyOf(f.Rule.Code, village.Code, f.Kind, f.Subject);
            if (!seen.Add(key)) continue;
            if (!existing.TryGetValue(key, out var alert))
            {
                alert = new RiskAlert
                {
                    Key = key, Code = f.Rule.Code, VillageId = village.Id, Period = f.Period, Value = f.Value, Threshold = f.Threshold,
                    Message = f.Message, MessageEn = f.MessageEn, FirstFoundAt = now, Status = RiskAlertStatus.Open,
                };
                db.RiskAlerts.Add(alert);
                added++;
            }
            else if (alert.ClearedAt is not null)
            {
                // Found again after a correction had cleared it: it stands again, with its history.
                alert.ClearedAt = null;
                added++;
            }
            alert.Colour = thresholds.ColourOf(f.Rule);
            alert.Kind = f.Kind;
            alert.Period = f.Period;
            alert.PublicationId = f.PublicationId;
            alert.QuestionId = f.QuestionId;
            alert.Rows = f.Rows.Count == 0 ? null : Truncate(string.Join(',', f.Rows), 400);
            alert.Value = Truncate(f.Value, 64);
            alert.Threshold = Truncate(f.Threshold, 64);
            alert.Message = Truncate(f.Message, 1000);
            alert.MessageEn = Truncate(f.MessageEn, 1000);
            alert.LastFoundAt = now;
        }
        foreach (var gone in existing.Values.Where(a => a.ClearedAt is null && !seen.Contains(a.Key)))
        {
            gone.ClearedAt = now;
            cleared++;
        }
        // The clock-driven runs change nothing most of the time: only a change is worth an audit line.
        if (added > 0 || cleared > 0)
            audit.Add(AuditActions.RisksRecomputed, nameof(Village), village.Code, new { found = seen.Count, added, cleared }, null, village.Code);
        await db.SaveChangesAsync(cancellationToken);
        return new RecomputeResult(seen.Count, added, cleared);
    }

    /// <summary>The warning's identity: its rule, village, kind and subject; never its row numbers.</summary>
    public static string KeyOf(string code, string villageCode, LedgerKind kind, string subject) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{code}\n{villageCode}\n{kind}\n{subject}")));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

internal static partial class RiskLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Recomputing the risk warnings of village {VillageId} failed; they are refreshed on the next recomputation")]
    public static partial void RecomputeFailed(ILogger logger, Exception exception, int villageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The scheduled recomputation of risk warnings failed; it runs again at the next interval")]
    public static partial void ScheduledRecomputeFailed(ILogger logger, Exception exception);
}
