using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Features.Villages;

/// <summary>
/// A village at a glance: the latest publication of each kind, this year's timeline (published, late,
/// not yet due) and the figures behind the four charts, all summed in SQL over current versions only.
/// </summary>
public sealed class VillageOverview(PortalDbContext db, TimeProvider time)
{
    private static readonly string[] Contracted = ["家庭承包", "对外发包", "租赁"];

    public async Task<VillagePage?> GetAsync(string code, CancellationToken cancellationToken)
    {
        var village = await db.Villages.AsNoTracking().Where(v => v.Code == code)
            .Select(v => new { v.Id, v.Code, v.Name, TownshipCode = v.Township.Code, TownshipName = v.Township.Name, v.FundsFrequency, v.DisclosureStart })
            .FirstOrDefaultAsync(cancellationToken);
        if (village is null) return null;
        var today = time.Today();
        var monthly = village.FundsFrequency == FundsFrequency.Monthly;

        var current = await db.CurrentPublications().Where(p => p.VillageId == village.Id).Headers().ToListAsync(cancellationToken);
        var firstPublished = await db.Publications.AsNoTracking().Where(p => p.VillageId == village.Id)
            .GroupBy(p => new { p.Kind, p.Period }).Select(g => new { g.Key.Kind, g.Key.Period, At = g.Min(p => p.PublishedAt) })
            .ToListAsync(cancellationToken);
        var latest = current.GroupBy(p => p.Kind).OrderBy(g => g.Key).Select(g => g.MaxBy(p => p.ParsedPeriod.End)!).ToList();

        var timeline = Enum.GetValues<LedgerKind>().Select(kind => new TimelineRow(kind,
            DuePeriods.OfYear(kind, monthly, today.Year).Select(period =>
            {
                var first = firstPublished.FirstOrDefault(f => f.Kind == kind && f.Period == period.ToString());
                DateOnly? on = first is null ? null : ChinaTime.DateOf(first.At);
                var id = current.FirstOrDefault(p => p.Kind == kind && p.Period == period.ToString())?.Id;
                return new TimelineCell(period, DuePeriods.StateOf(period, on, today, village.DisclosureStart), DuePeriods.DueDate(period), id);
            }).ToList())).ToList();

        var funds = current.Where(p => p.Kind == LedgerKinds.Funds.Kind).ToList();
        var chartYear = funds.Count == 0 ? today.Year : funds.Max(p => p.ParsedPeriod.Year);
        var yearFunds = funds.Where(p => p.ParsedPeriod.Year == chartYear).OrderBy(p => p.ParsedPeriod.Start).ToList();
        var fundIds = yearFunds.Select(p => p.Id).ToList();
        var spending = await db.FundsEntries.AsNoTracking().Where(e => fundIds.Contains(e.PublicationId) && e.Expense > 0)
            .GroupBy(e => e.AccountCode).Select(g => new { Code = g.Key, Name = g.Max(e => e.AccountName), Sum = g.Sum(e => e.Expense) })
            .ToListAsync(cancellationToken);

        var assetsId = latest.FirstOrDefault(p => p.Kind == LedgerKinds.Assets.Kind)?.Id ?? -1;
        var assets = await db.AssetItems.AsNoTracking().Where(a => a.PublicationId == assetsId)
            .GroupBy(a => a.Category).Select(g => new { g.Key, Sum = g.Sum(a => a.NetValue) }).ToListAsync(cancellationToken);
        var resourcesId = latest.FirstOrDefault(p => p.Kind == LedgerKinds.Resources.Kind)?.Id ?? -1;
        var resources = await db.ResourceItems.AsNoTracking().Where(r => r.PublicationId == resourcesId)
            .GroupBy(r => r.Type)
            .Select(g => new { g.Key, Area = g.Sum(r => r.AreaMu), Let = g.Sum(r => Contracted.Contains(r.OperationMode) ? r.AreaMu : 0) })
            .ToListAsync(cancellationToken);

        return new VillagePage
        {
            Code = village.Code, Name = village.Name, TownshipCode = village.TownshipCode, TownshipName = village.TownshipName,
            MonthlyFunds = monthly, DisclosureStart = village.DisclosureStart, Year = today.Year, Latest = latest, Timeline = timeline, ChartYear = chartYear,
            FundsPublishedOn = yearFunds.Count == 0 ? null : yearFunds.Max(p => p.PublishedOn),
            IncomeExpense = yearFunds.Select(p => new ChartPoint(UiLanguage.PeriodInYear(p.ParsedPeriod),
                Money.ToYuan(p.IncomeFen ?? 0), Money.ToYuan(p.ExpenseFen ?? 0))).ToList(),
            SpendingByAccount = spending.OrderByDescending(s => s.Sum).Select(s => new ChartPoint(s.Name ?? s.Code, Money.ToYuan(s.Sum))).ToList(),
            AssetsByCategory = assets.OrderByDescending(a => a.Sum).Select(a => new ChartPoint(a.Key, Money.ToYuan(a.Sum))).ToList(),
            ResourcesByType = resources.OrderByDescending(r => r.Area)
                .Select(r => new ChartPoint(r.Key, Math.Round((decimal)r.Area, 2), Math.Round((decimal)r.Let, 2))).ToList(),
        };
    }
}
