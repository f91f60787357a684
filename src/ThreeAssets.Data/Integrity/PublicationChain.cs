using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Integrity;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Data.Integrity;

/// <summary>One place where the stored publications disagree with themselves or with the village's chain.</summary>
/// <param name="Problem">What differs, in English (for logs and the CLI), with the stored and recomputed values.</param>
/// <param name="ProblemZh">The same in Chinese, for inspectors.</param>
public sealed record ChainBreak(long PublicationId, string VillageCode, string Problem, string ProblemZh);

/// <summary>The result of checking every publication: how many were checked, and every break found.</summary>
public sealed record ChainReport(int Publications, int Villages, IReadOnlyList<ChainBreak> Breaks)
{
    public bool Intact => Breaks.Count == 0;
}

/// <summary>
/// Recomputes the integrity of all publications from what is stored (DESIGN §4): each content hash from
/// its rows and header exactly as <c>Publisher</c> computed it, each fingerprint from its hash, each
/// previous hash against the content hash of the village's preceding publication (by id), and for funds
/// the stored totals against the rows. Used by <c>threeassets db verify-chain</c> and the tests. Reads one
/// publication's rows at a time, so memory stays flat however large the database.
/// </summary>
public static class PublicationChain
{
    public static async Task<ChainReport> VerifyAsync(this PortalDbContext db, CancellationToken cancellationToken = default)
    {
        var publications = await db.Publications.AsNoTracking()
            .OrderBy(p => p.VillageId).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.VillageId, VillageCode = p.Village.Code, p.Kind, p.Period, p.Version, p.PublishedAt, p.PreviousHash,
                p.SupersedesId, p.CorrectionReason, p.ContentHash, p.Fingerprint, p.RowCount, p.IncomeFen, p.ExpenseFen,
                p.OpeningFen, p.ClosingFen,
            })
            .ToListAsync(cancellationToken);
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

                if (!Period.TryParse(p.Period, out var period))
                {
                    Break($"period '{p.Period}' cannot be read", $"期间“{p.Period}”无法识别");
                    previous = p.ContentHash;
                    continue;
                }
                var rows = await db.LoadRowsAsync(p.Id, p.Kind, cancellationToken);
                int? supersedes = p.SupersedesId is { } s ? versions.GetValueOrDefault(s) : null;
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
                previous = p.ContentHash;
            }
        }
        return new ChainReport(publications.Count, publications.Select(p => p.VillageId).Distinct().Count(), breaks);
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
