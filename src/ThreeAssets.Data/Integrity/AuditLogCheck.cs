using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace ThreeAssets.Data.Integrity;

/// <summary>One place where the audit log's hash chain does not hold.</summary>
/// <param name="Sequence">The entry's place in the chain; null for an entry that has none.</param>
public sealed record AuditBreak(long EntryId, long? Sequence, string Problem, string ProblemZh);

/// <summary>A publication as the audit log recorded it when it was published.</summary>
public sealed record RecordedPublication(long PublicationId, string VillageCode, string ContentHash, long Sequence);

/// <summary>The audit chain checked: entries in the chain, entries from before it, its head, breaks, and the publications it recorded.</summary>
public sealed record AuditReport(int Chained, int Unchained, AuditHead? Head, IReadOnlyList<AuditBreak> Breaks,
    IReadOnlyList<RecordedPublication> Publications)
{
    public bool Intact => Breaks.Count == 0;
}

/// <summary>
/// Recomputes the audit log's chain (<see cref="AuditChain"/>): every hash from its entry, every link to the entry
/// before, and no gap in the sequence. Entries written before the chain existed have no sequence; they are counted,
/// and are a break only when they come after the first chained entry (an insert behind the portal's back).
/// Streams the entries, so memory stays flat however long the log.
/// </summary>
public static class AuditLogCheck
{
    public static async Task<AuditReport> VerifyAuditAsync(this PortalDbContext db, CancellationToken cancellationToken = default)
    {
        var breaks = new List<AuditBreak>();
        var recorded = new List<RecordedPublication>();
        var firstChainedId = await db.AuditEntries.Where(a => a.Sequence != null).MinAsync(a => (long?)a.Id, cancellationToken);
        var late = firstChainedId is { } first
            ? await db.AuditEntries.Where(a => a.Sequence == null && a.Id > first).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken)
            : [];
        foreach (var id in late)
            breaks.Add(new AuditBreak(id, null, "entry has no place in the chain but was written after the chain began",
                "该条记录不在哈希链中，却写于哈希链开始之后"));
        var unchained = await db.AuditEntries.CountAsync(a => a.Sequence == null, cancellationToken) - late.Count;

        var chained = 0;
        long expected = 1;
        string? previous = null;
        AuditHead? head = null;
        await foreach (var e in db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null).OrderBy(a => a.Sequence)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var sequence = e.Sequence!.Value;
            void Break(string en, string zh) => breaks.Add(new AuditBreak(e.Id, sequence, en, zh));
            chained++;
            if (sequence != expected)
                Break($"sequence {sequence} follows {expected - 1}: entries were removed or inserted",
                    $"序号 {sequence} 接在 {expected - 1} 之后：有记录被删除或插入");
            if (e.PreviousHash != previous)
                Break($"previous hash is {e.PreviousHash ?? "(none)"} but the entry before has hash {previous ?? "(none: this is the first)"}",
                    $"链条断开：记录的上一条哈希为 {e.PreviousHash ?? "（无）"}，而前一条的哈希为 {previous ?? "（无，这是第一条）"}");
            var recomputed = AuditChain.ComputeHash(e);
            if (e.Hash != recomputed)
                Break($"hash is {e.Hash ?? "(none)"} but the entry's fields hash to {recomputed}: the entry was changed",
                    $"记录被改动：记录的哈希为 {e.Hash ?? "（无）"}，按现存内容重新计算得 {recomputed}");
            if (Recorded(e) is { } publication) recorded.Add(publication);
            previous = e.Hash;
            expected = sequence + 1;
            head = new AuditHead(sequence, e.Hash ?? "");
        }
        return new AuditReport(chained, unchained, head, breaks, recorded);
    }

    // The publish line names the publication (target) and carries its village and content hash (Publisher).
    private static RecordedPublication? Recorded(AuditEntry e)
    {
        if (e.Action != AuditChain.PublishAction || e.TargetType != nameof(Publication) || e.DetailsJson is null
            || !long.TryParse(e.TargetId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return null;
        try
        {
            using var details = JsonDocument.Parse(e.DetailsJson);
            var root = details.RootElement;
            return root.ValueKind == JsonValueKind.Object
                   && root.TryGetProperty("contentHash", out var hash) && hash.ValueKind == JsonValueKind.String
                   && root.TryGetProperty("village", out var village) && village.ValueKind == JsonValueKind.String
                ? new RecordedPublication(id, village.GetString()!, hash.GetString()!, e.Sequence!.Value)
                : null;
        }
        catch (JsonException)
        {
            // Its hash still covers the text; a line that does not parse just records no publication.
            return null;
        }
    }
}
