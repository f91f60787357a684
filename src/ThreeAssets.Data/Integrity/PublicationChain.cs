using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Integrity;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Data.Integrity;

/// <summary>One place where the stored publications disagree with themselves or with the village's chain.</summary>
/// <param name="Problem">What differs, in English (for logs and the CLI), with the stored and recomputed values.</param>
/// <param name="ProblemZh">The same in Chinese, for inspectors.</param>
public sealed record ChainBreak(long PublicationId, string VillageCode, string Problem, string ProblemZh);

/// <summary>
/// The result of checking every publication and the audit log: how many were checked, every break found in the
/// publications (including publications the audit log recorded that are gone or changed), and the audit chain.
/// </summary>
public sealed record ChainReport(int Publications, int Villages, IReadOnlyList<ChainBreak> Breaks, AuditReport Audit)
{
    public bool Intact => Breaks.Count == 0 && Audit.Intact;
}

/// <summary>
/// Recomputes the integrity of all publications from what is stored (DESIGN §4): each content hash from
/// its rows and header exactly as <c>Publisher</c> computed it, each fingerprint from its hash, each
/// previous hash against the content hash of the village's preceding publication (by id), and for funds
/// the stored totals against the rows. Then the audit log (<see cref="AuditLogCheck"/>), which recorded each
/// publication's content hash when it was published: every recorded publication must still exist with that hash,
/// and each village's latest publication must be the latest recorded, so that removing a village's newest
/// publications (the chain's tail, which no later link points at) is caught. Used by
/// <c>threeassets db verify-chain</c>, the web (<see cref="CheckAsync"/>, one publication) and the tests. Reads one
/// publication's rows at a time, so memory stays flat however large the database.
/// </summary>
public static class PublicationChain
{
    public static async Task<ChainReport> VerifyAsync(this PortalDbContext db, CancellationToken cancellationToken = default)
    {
        var publications = await Stored(db.Publications.OrderBy(p => p.VillageId).ThenBy(p => p.Id)).ToListAsync(cancellationToken);
        var versions = publications.ToDictionary(p => p.Id, p => p.Version);
        var breaks = new List<ChainBreak>();

        foreach (var village in publications.GroupBy(p => p.VillageId))
        {
            string? previous = null;
            foreach (var p in village)
            {
                void Break(string en, string zh) => breaks.Add(new ChainBreak(p.Id, p.VillageCode, en, zh));

                if (p.PreviousHash != previous)
                    Break($"previous hash is {p.PreviousHash ?? "(none)"} but the village's preceding publication has content hash {previous ?? "(none: this is its first)"}",
                        $"链条断开：记录的上一份哈希为 {p.PreviousHash ?? "（无）"}，而本村前一份公开的内容哈希为 {previous ?? "（无，这是第一份）"}");
                int? supersedes = p.SupersedesId is { } s ? versions.GetValueOrDefault(s) : null;
                await CheckContentAsync(db, p, supersedes, Break, cancellationToken);
                previous = p.ContentHash;
            }
        }
        var audit = await db.VerifyAuditAsync(cancellationToken);
        CheckAgainstAudit(publications, audit, breaks);
        return new ChainReport(publications.Count, publications.Select(p => p.VillageId).Distinct().Count(), breaks, audit);
    }

    /// <summary>
    /// Whether one publication still matches its content hash (and fingerprint, row count and totals): the breaks
    /// found, none when intact; null when there is no such publication. What the web shows beside a publication.
    /// </summary>
    public static async Task<IReadOnlyList<ChainBreak>?> CheckAsync(this PortalDbContext db, long publicationId,
        CancellationToken cancellationToken = default)
    {
        var p = await Stored(db.Publications.Where(q => q.Id == publicationId)).FirstOrDefaultAsync(cancellationToken);
        if (p is null) return null;
        int? supersedes = p.SupersedesId is { } s
            ? await db.Publications.Where(q => q.Id == s).Select(q => (int?)q.Version).FirstOrDefaultAsync(cancellationToken)
            : null;
        var breaks = new List<ChainBreak>();
        await CheckContentAsync(db, p, supersedes, (en, zh) => breaks.Add(new ChainBreak(p.Id, p.VillageCode, en, zh)), cancellationToken);
        return breaks;
    }

    private sealed record StoredPublication(long Id, int VillageId, string VillageCode, LedgerKind Kind, string Period, int Version,
        DateTimeOffset PublishedAt, string? PreviousHash, long? SupersedesId, string? CorrectionReason, string ContentHash,
        string Fingerprint, int RowCount, long? IncomeFen, long? ExpenseFen, long? OpeningFen, long? ClosingFen);

    private static IQueryable<StoredPublication> Stored(IQueryable<Publication> publications) => publications.AsNoTracking()
        .Select(p => new StoredPublication(p.Id, p.VillageId, p.Village.Code, p.Kind, p.Period, p.Version, p.PublishedAt, p.PreviousHash,
            p.SupersedesId, p.CorrectionReason, p.ContentHash, p.Fingerprint, p.RowCount, p.IncomeFen, p.ExpenseFen,
            p.OpeningFen, p.ClosingFen));

    // The checks that need only the publication itself: its rows and header against its content hash, and what is
    // stored beside them (fingerprint, row count, funds totals) against the rows.
    private static async Task CheckContentAsync(PortalDbContext db, StoredPublication p, int? supersedes, Action<string, string> Break,
        CancellationToken cancellationToken)
    {
        if (!Period.TryParse(p.Period, out var period))
        {
            Break($"period '{p.Period}' cannot be read", $"期间“{p.Period}”无法识别");
            return;
        }
        var rows = await db.LoadRowsAsync(p.Id, p.Kind, cancellationToken);
        var header = new PublicationHeader(p.VillageCode, p.Kind, period, p.Version, p.PublishedAt, p.PreviousHash, supersedes, p.CorrectionReason);
        var recomputed = PublicationHash.Compute(header, rows);
        if (recomputed != p.ContentHash)
            Break($"content hash is {p.ContentHash} but its rows and header hash to {recomputed}: stored data was changed",
                $"内容被改动：记录的内容哈希为 {p.ContentHash}，按现存的行和信息重新计算得 {recomputed}");
        if (p.Fingerprint != PublicationHash.Fingerprint(p.ContentHash))
            Break($"fingerprint {p.Fingerprint} does not belong to content hash {p.ContentHash}",
                $"指纹 {p.Fingerprint} 与内容哈希不符");
        if (rows.Count != p.RowCount)
            Break($"{rows.Count} rows stored but the publication says {p.RowCount}", $"现存 {rows.Count} 行，而公开记录为 {p.RowCount} 行");
        // Only funds store totals beside their rows.
        if (p.Kind == LedgerKinds.Funds.Kind)
            CheckTotals(rows.Cast<FundsRow>().ToList(), p.IncomeFen, p.ExpenseFen, p.OpeningFen, p.ClosingFen, Break);
    }

    // The audit log recorded each publication's content hash in the same transaction that published it. A chain
    // only proves what is linked to something later; the log is what points at each village's newest publication.
    private static void CheckAgainstAudit(List<StoredPublication> publications, AuditReport audit, List<ChainBreak> breaks)
    {
        if (audit.Publications.Count == 0) return;
        var stored = publications.ToDictionary(p => p.Id);
        foreach (var r in audit.Publications)
        {
            if (!stored.TryGetValue(r.PublicationId, out var p))
                breaks.Add(new ChainBreak(r.PublicationId, r.VillageCode,
                    $"publication recorded in the audit log (entry {r.Sequence}) no longer exists: it was deleted",
                    $"审计日志（第 {r.Sequence} 条）记录的这份公开已不存在：被删除了"));
            else if (p.ContentHash != r.ContentHash || p.VillageCode != r.VillageCode)
                breaks.Add(new ChainBreak(p.Id, p.VillageCode,
                    $"content hash is {p.ContentHash} but the audit log (entry {r.Sequence}) recorded {r.ContentHash} for village {r.VillageCode} at publication",
                    $"内容哈希为 {p.ContentHash}，而审计日志（第 {r.Sequence} 条）在公开时为村 {r.VillageCode} 记录的是 {r.ContentHash}"));
        }
        // From the first recorded publication on, each was published with its audit line in one transaction.
        var recorded = audit.Publications.Select(r => r.PublicationId).ToHashSet();
        var firstRecorded = recorded.Min();
        foreach (var p in publications.Where(p => p.Id > firstRecorded && !recorded.Contains(p.Id)))
            breaks.Add(new ChainBreak(p.Id, p.VillageCode, "publication is not recorded in the audit log although it is newer than the chain: it was added behind the portal's back",
                "这份公开晚于审计链开始，却不在审计日志中：是绕过平台加入的"));
        foreach (var village in audit.Publications.GroupBy(r => r.VillageCode))
        {
            var latestRecorded = village.MaxBy(r => r.PublicationId)!;
            var latestStored = publications.Where(p => p.VillageCode == village.Key).MaxBy(p => p.Id);
            if (latestStored?.Id != latestRecorded.PublicationId)
                breaks.Add(new ChainBreak(latestRecorded.PublicationId, village.Key,
                    $"the village's latest publication in the audit log is {latestRecorded.PublicationId} but the latest stored is {latestStored?.Id.ToString(CultureInfo.InvariantCulture) ?? "(none)"}: the chain's tail was removed or replaced",
                    $"审计日志记录的本村最新公开是 {latestRecorded.PublicationId}，而现存最新的是 {latestStored?.Id.ToString(CultureInfo.InvariantCulture) ?? "（无）"}：链尾被删除或替换"));
        }
    }

    // The totals shown on village pages and charts are stored beside the rows; they must still add up.
    private static void CheckTotals(List<FundsRow> rows, long? income, long? expense, long? opening, long? closing, Action<string, string> breakWith)
    {
        long sumIncome = rows.Sum(r => r.Income), sumExpense = rows.Sum(r => r.Expense);
        if (income != sumIncome || expense != sumExpense)
            breakWith($"stored totals (income {income}, expense {expense} fen) differ from the rows ({sumIncome}, {sumExpense})",
                $"记录的合计（收入 {income}，支出 {expense} 分）与各行相加（{sumIncome}，{sumExpense}）不符");
        if (opening is { } o && closing != o + sumIncome - sumExpense)
            breakWith($"closing balance {closing} fen is not opening {o} + income {sumIncome} - expense {sumExpense}",
                $"期末余额 {closing} 分不等于期初 {o} 加收入 {sumIncome} 减支出 {sumExpense}");
    }
}
