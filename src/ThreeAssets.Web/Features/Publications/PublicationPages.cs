using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Diff;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Privacy;
using ThreeAssets.Data;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Publications;

/// <summary>
/// Reads a publication for its public page and difference page. Rows are masked unless the viewer is
/// staff with scope over the village. One publication's rows fit in memory (the largest real ledgers
/// hold a few thousand); sorting and filtering happen here on the server so the page needs no script.
/// </summary>
public sealed class PublicationPages(PortalDbContext db)
{
    public async Task<PublicationPage> GetAsync(PublishedLedger header, long? supersededBy, PublicationQuery query, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var id = header.Id;
        var originals = ScopeAccess.CanActOn(user, header.VillageCode);
        var all = (await RowsAsync(id, header.Kind, originals, cancellationToken))
            .Select((row, i) => new NumberedRow(i + 1, row)).ToList();
        var filtered = all.Where(r => query.Keeps(r.Row)).ToList();
        var column = query.Sort is null ? null : LedgerSchema.For(header.Kind).Find(query.Sort);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (filtered.Count + PublicationQuery.PageSize - 1) / PublicationQuery.PageSize));
        return new PublicationPage
        {
            Header = header,
            SupersededBy = supersededBy,
            Versions = await VersionsAsync(header, cancellationToken),
            Query = query with { Page = page, Sort = column?.Key },
            Rows = RowOrder.Sort(filtered, column, query.Desc).Skip((page - 1) * PublicationQuery.PageSize).Take(PublicationQuery.PageSize).ToList(),
            FilteredCount = filtered.Count,
            Totals = Totals(header, all.Select(r => r.Row).ToList()),
            MonthTotals = filtered.Select(r => r.Row).OfType<FundsRow>().GroupBy(f => f.Date.Month)
                .ToDictionary(g => g.Key, g => (g.Sum(f => f.Income), g.Sum(f => f.Expense))),
            Choices = Choices(all.Select(r => r.Row).ToList()),
            NoticeBytes = await db.PublicationNotices.AsNoTracking().Where(n => n.PublicationId == id)
                .Select(n => (long?)n.Pdf.Length).FirstOrDefaultAsync(cancellationToken),
            ShowsOriginals = originals,
        };
    }

    public async Task<DiffPage?> GetDiffAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var header = await db.HeaderAsync(id, cancellationToken);
        if (header?.SupersedesId is not { } previousId) return null;
        var previous = (await db.HeaderAsync(previousId, cancellationToken))!;
        var originals = ScopeAccess.CanActOn(user, header.VillageCode);
        var before = await RowsAsync(previousId, header.Kind, originals, cancellationToken);
        var after = await RowsAsync(id, header.Kind, originals, cancellationToken);
        return new DiffPage { Header = header, Previous = previous, Differences = LedgerDiff.Compare(header.Kind, before, after) };
    }

    /// <summary>The header and, when superseded, the current version's id: enough for the ETag, before any row is read.</summary>
    public async Task<(PublishedLedger Header, long? SupersededBy)?> HeadAsync(long id, CancellationToken cancellationToken) =>
        await db.HeaderAsync(id, cancellationToken) is { } header ? (header, await db.SupersededByAsync(id, cancellationToken)) : null;

    private Task<List<VersionLine>> VersionsAsync(PublishedLedger header, CancellationToken cancellationToken) =>
        db.Publications.AsNoTracking()
            .Where(p => p.Village.Code == header.VillageCode && p.Kind == header.Kind && p.Period == header.Period)
            .OrderByDescending(p => p.Version)
            .Select(p => new VersionLine(p.Id, p.Version, p.PublishedAt, p.Fingerprint, p.CorrectionReason))
            .ToListAsync(cancellationToken);

    private static List<TotalLine> Totals(PublishedLedger header, List<object> rows) => header.Kind switch
    {
        LedgerKind.Funds =>
        [
            new("期初余额", header.OpeningFen), new("本期收入", header.IncomeFen),
            new("本期支出", header.ExpenseFen), new("期末余额", header.ClosingFen),
        ],
        LedgerKind.Assets => rows.OfType<AssetRow>().GroupBy(a => a.Category).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TotalLine(g.Key, g.Sum(a => a.NetValue)))
            .Append(new TotalLine("资产净值合计", rows.OfType<AssetRow>().Sum(a => a.NetValue))).ToList(),
        _ =>
        [
            new("资源总面积（亩）", Figure: rows.OfType<ResourceRow>().Sum(r => r.AreaMu).ToString("#,##0.##", CultureInfo.InvariantCulture)),
            new("年承包费合计", rows.OfType<ResourceRow>().Sum(r => r.AnnualFee ?? 0)),
            new("本年应收", rows.OfType<ResourceRow>().Sum(r => r.ReceivableThisYear ?? 0)),
            new("本年已收", rows.OfType<ResourceRow>().Sum(r => r.ReceivedThisYear ?? 0)),
        ],
    };

    private static Dictionary<string, IReadOnlyList<(string, string)>> Choices(List<object> rows)
    {
        static IReadOnlyList<(string, string)> Of(IEnumerable<string> values) =>
            values.Distinct().Order(StringComparer.Ordinal).Select(v => (v, v)).ToList();
        var funds = rows.OfType<FundsRow>().ToList();
        return new()
        {
            ["month"] = funds.Select(f => f.Date.Month).Distinct().Order()
                .Select(m => (m.ToString(CultureInfo.InvariantCulture), m.ToString(CultureInfo.InvariantCulture))).ToList(),
            ["account"] = funds.GroupBy(f => f.AccountCode).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, $"{g.Key} {g.First().AccountName}")).ToList(),
            ["category"] = Of(rows.OfType<AssetRow>().Select(a => a.Category)),
            ["status"] = Of(rows.OfType<AssetRow>().Select(a => a.Status)),
            ["type"] = Of(rows.OfType<ResourceRow>().Select(r => r.Type)),
            ["mode"] = Of(rows.OfType<ResourceRow>().Select(r => r.OperationMode)),
        };
    }

    /// <summary>A publication's rows, masked unless the reader's scope covers the village.</summary>
    private async Task<IReadOnlyList<object>> RowsAsync(long id, LedgerKind kind, bool originals, CancellationToken cancellationToken)
    {
        var rows = await db.LoadRowsAsync(id, kind, cancellationToken);
        return originals ? rows : PublicRows.MaskAll(rows);
    }
}
