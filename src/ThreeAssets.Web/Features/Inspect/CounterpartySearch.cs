using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Inspect;

/// <summary>
/// 交易对象查询 (DESIGN §7): who was paid, who holds a contract or a lease, across the villages a user may watch
/// (an inspector's district, a reviewer's township: <see cref="ScopeAccess.VisibleVillages"/>). Only published data
/// and only the current version of each publication — what residents can see, never drafts — but unmasked, because
/// inspectors must find the real person. Every filter, sum and page runs in SQL (LIKE with its wildcards escaped),
/// the same on SQLite, PostgreSQL and SQL Server; only the three kinds' pages are merged here.
/// </summary>
public sealed class CounterpartySearch(PortalDbContext db, ScopeAccess access, TimeProvider time)
{
    public const int PageSize = 50;
    public const int MinLength = 2;
    public const int MaxLength = 50;
    public const int TopCount = 10;
    private const string Escape = "\\";

    public async Task<CounterpartyPage> SearchAsync(ClaimsPrincipal user, string q, int page, CancellationToken cancellationToken)
    {
        var pattern = "%" + EscapeLike(q) + "%";
        var publications = Published(user);
        var funds = db.FundsEntries.AsNoTracking()
            .Where(e => e.Counterparty != null && EF.Functions.Like(e.Counterparty, pattern, Escape))
            .Join(publications, e => e.PublicationId, p => p.Id, (e, p) => new { e, p });
        var resources = db.ResourceItems.AsNoTracking()
            .Where(r => r.Contractor != null && EF.Functions.Like(r.Contractor, pattern, Escape))
            .Join(publications, r => r.PublicationId, p => p.Id, (r, p) => new { r, p });
        var assets = db.AssetItems.AsNoTracking()
            .Where(a => a.Lessee != null && EF.Functions.Like(a.Lessee, pattern, Escape))
            .Join(publications, a => a.PublicationId, p => p.Id, (a, p) => new { a, p });

        var total = await funds.CountAsync(cancellationToken) + await resources.CountAsync(cancellationToken)
            + await assets.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        // Each kind's first page × 50 rows by date, merged: the page is exact and reads at most three times its size.
        var take = page * PageSize;
        var rows = new List<CounterpartyRow>();
        rows.AddRange(await funds.OrderBy(x => x.e.Date).ThenBy(x => x.p.Id).ThenBy(x => x.e.RowNo).Take(take)
            .Select(x => new CounterpartyRow(LedgerKind.Funds, x.p.Id, x.e.RowNo, x.p.Village.Code, x.p.Village.Name, x.p.Period,
                x.e.Date, x.e.Counterparty!, x.e.Summary, x.e.Income, x.e.Expense, null, null))
            .ToListAsync(cancellationToken));
        rows.AddRange(await resources.OrderBy(x => x.r.ContractStart == null).ThenBy(x => x.r.ContractStart).ThenBy(x => x.p.Id).ThenBy(x => x.r.RowNo).Take(take)
            .Select(x => new CounterpartyRow(LedgerKind.Resources, x.p.Id, x.r.RowNo, x.p.Village.Code, x.p.Village.Name, x.p.Period,
                x.r.ContractStart, x.r.Contractor!, x.r.Name, 0, 0, x.r.AnnualFee, x.r.ContractEnd))
            .ToListAsync(cancellationToken));
        rows.AddRange(await assets.OrderBy(x => x.a.LeaseStart == null).ThenBy(x => x.a.LeaseStart).ThenBy(x => x.p.Id).ThenBy(x => x.a.RowNo).Take(take)
            .Select(x => new CounterpartyRow(LedgerKind.Assets, x.p.Id, x.a.RowNo, x.p.Village.Code, x.p.Village.Name, x.p.Period,
                x.a.LeaseStart, x.a.Lessee!, x.a.Name, 0, 0, x.a.AnnualRent, x.a.LeaseEnd))
            .ToListAsync(cancellationToken));
        var ordered = rows.OrderBy(r => r.Date is null).ThenBy(r => r.Date).ThenBy(r => r.Kind).ThenBy(r => r.PublicationId).ThenBy(r => r.RowNo)
            .Skip((page - 1) * PageSize).Take(PageSize).ToList();

        // Funds by the year of each payment. A register is a snapshot repeated every period, so a contract's annual fee
        // counts once a year: from the village's latest register of that year (no later period of the same year exists).
        var fundsTotals = await funds
            .GroupBy(x => new { x.p.Village.Code, x.p.Village.Name, x.e.Date.Year })
            .Select(g => new { g.Key.Code, g.Key.Name, g.Key.Year, Count = g.Count(), Income = g.Sum(x => x.e.Income), Expense = g.Sum(x => x.e.Expense) })
            .ToListAsync(cancellationToken);
        var contractTotals = await ContractTotalsAsync(resources.Select(x => new RegisterMatch { P = x.p, Fee = x.r.AnnualFee }), cancellationToken);
        contractTotals.AddRange(await ContractTotalsAsync(assets.Select(x => new RegisterMatch { P = x.p, Fee = x.a.AnnualRent }), cancellationToken));
        var totals = fundsTotals.Select(f => new VillageYearTotal(f.Code, f.Name, f.Year, f.Count, f.Income, f.Expense, 0, 0))
            .Concat(contractTotals)
            .GroupBy(t => (t.VillageCode, t.Year))
            .Select(g => g.Aggregate((a, b) => a with
            {
                Payments = a.Payments + b.Payments, Income = a.Income + b.Income, Expense = a.Expense + b.Expense,
                Contracts = a.Contracts + b.Contracts, AnnualFees = a.AnnualFees + b.AnnualFees,
            }))
            .OrderBy(t => t.VillageCode, StringComparer.Ordinal).ThenBy(t => t.Year).ToList();

        return new CounterpartyPage { Query = q, Year = time.Today().Year, Totals = totals, Rows = ordered, Total = total, Page = page, PageCount = pageCount };
    }

    private async Task<List<VillageYearTotal>> ContractTotalsAsync(IQueryable<RegisterMatch> matches, CancellationToken cancellationToken)
    {
        var sums = await matches
            .Where(x => !db.Publications.Any(n => n.VillageId == x.P.VillageId && n.Kind == x.P.Kind
                && n.Period.Substring(0, 4) == x.P.Period.Substring(0, 4) && n.Period.CompareTo(x.P.Period) > 0))
            .GroupBy(x => new { x.P.Village.Code, x.P.Village.Name, Year = x.P.Period.Substring(0, 4) })
            .Select(g => new { g.Key.Code, g.Key.Name, g.Key.Year, Count = g.Count(), Fees = g.Sum(x => x.Fee ?? 0) })
            .ToListAsync(cancellationToken);
        return sums.ConvertAll(c => new VillageYearTotal(c.Code, c.Name, int.Parse(c.Year, CultureInfo.InvariantCulture), 0, 0, 0, c.Count, c.Fees));
    }

    private sealed class RegisterMatch
    {
        public required Publication P { get; init; }
        public long? Fee { get; init; }
    }

    /// <summary>Without a name: each township's ten largest payees of the current year, by total expense.</summary>
    public async Task<CounterpartyPage> TopAsync(ClaimsPrincipal user, string? q, CancellationToken cancellationToken)
    {
        var year = time.Today().Year;
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        var sums = await db.FundsEntries.AsNoTracking()
            .Where(e => e.Date >= from && e.Date < to && e.Expense > 0 && e.Counterparty != null && e.Counterparty != "")
            .Join(Published(user), e => e.PublicationId, p => p.Id, (e, p) => new { e, p })
            .GroupBy(x => new { x.p.Village.Township.Code, x.p.Village.Township.Name, x.e.Counterparty })
            .Select(g => new { g.Key.Code, g.Key.Name, g.Key.Counterparty, Expense = g.Sum(x => x.e.Expense), Count = g.Count() })
            .ToListAsync(cancellationToken);
        var top = sums.GroupBy(s => (s.Code, s.Name)).OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => new TownshipTop(g.Key.Code, g.Key.Name, g.OrderByDescending(s => s.Expense).ThenBy(s => s.Counterparty, StringComparer.Ordinal)
                .Take(TopCount).Select(s => new TopCounterparty(s.Counterparty!, s.Count, s.Expense)).ToList()))
            .ToList();
        return new CounterpartyPage { Query = q, Year = year, Top = top };
    }

    /// <summary>The current version of every publication of the villages the user may watch.</summary>
    private IQueryable<Publication> Published(ClaimsPrincipal user)
    {
        var villages = access.VisibleVillages(user).Select(v => v.Id);
        return db.CurrentPublications().Where(p => villages.Contains(p.VillageId));
    }

    /// <summary>A typed % or _ (or [, a range on SQL Server) is a character to find, not a wildcard.</summary>
    public static string EscapeLike(string text) =>
        text.Replace(Escape, Escape + Escape, StringComparison.Ordinal).Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal).Replace("[", Escape + "[", StringComparison.Ordinal);
}
