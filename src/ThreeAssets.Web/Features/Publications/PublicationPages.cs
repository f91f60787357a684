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
        var ledger = LedgerKinds.Of(header.Kind);
        var all = (await RowsAsync(id, header.Kind, originals, cancellationToken))
            .Select((row, i) => new NumberedRow(i + 1, row)).ToList();
        var filtered = all.Where(r => query.Keeps(ledger, r.Row)).ToList();
        var column = query.Sort is null ? null : ledger.Schema.Find(query.Sort);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (filtered.Count + PublicationQuery.PageSize - 1) / PublicationQuery.PageSize));
        return new PublicationPage
        {
            Header = header,
            SupersededBy = supersededBy,
            Versions = await VersionsAsync(header, cancellationToken),
            Query = query with { Page = page, Sort = column?.Key },
            Rows = RowOrder.Sort(filtered, column, query.Desc).Skip((page - 1) * PublicationQuery.PageSize).Take(PublicationQuery.PageSize).ToList(),
            FilteredCount = filtered.Count,
            Totals = ledger.Totals(all.ConvertAll(r => r.Row), header.Summary),
            MonthTotals = filtered.Select(r => r.Row).OfType<FundsRow>().GroupBy(f => f.Date.Month)
                .ToDictionary(g => g.Key, g => (g.Sum(f => f.Income), g.Sum(f => f.Expense))),
            Choices = ledger.Filters.ToDictionary(f => f.Name, f => f.Choices(all.ConvertAll(r => r.Row))),
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

    /// <summary>A publication's rows, masked unless the reader's scope covers the village.</summary>
    private async Task<IReadOnlyList<ILedgerRow>> RowsAsync(long id, LedgerKind kind, bool originals, CancellationToken cancellationToken)
    {
        var rows = await db.LoadRowsAsync(id, kind, cancellationToken);
        return originals ? rows : PublicRows.MaskAll(rows);
    }
}
