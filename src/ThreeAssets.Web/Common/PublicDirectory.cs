using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;


namespace ThreeAssets.Web.Common;

public sealed record VillageLink(string Code, string Name, string TownshipName);
public sealed record TownshipLink(string Code, string Name, IReadOnlyList<VillageLink> Villages);
public sealed record DistrictTree(string Code, string Name, IReadOnlyList<TownshipLink> Townships);

/// <summary>A village on its township's page: when it last published and how many periods are overdue this year.</summary>
public sealed record VillageStatus(string Code, string Name, DateOnly? LastPublished, int LatePeriods);

public sealed record TownshipPage(string Code, string Name, string DistrictName, int Year, IReadOnlyList<VillageStatus> Villages);

/// <summary>The public way in: the district → township → village tree, search, and a township's villages.</summary>
public sealed class PublicDirectory(PortalDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<DistrictTree>> TreeAsync(CancellationToken cancellationToken)
    {
        var villages = await db.Villages.AsNoTracking().OrderBy(v => v.Code)
            .Select(v => new { v.Code, v.Name, Township = v.Township.Name, TownshipCode = v.Township.Code, District = v.Township.District.Name, DistrictCode = v.Township.District.Code })
            .ToListAsync(cancellationToken);
        return villages.GroupBy(v => (v.DistrictCode, v.District))
            .Select(d => new DistrictTree(d.Key.DistrictCode, d.Key.District, d.GroupBy(v => (v.TownshipCode, v.Township))
                .Select(t => new TownshipLink(t.Key.TownshipCode, t.Key.Township, t.Select(v => new VillageLink(v.Code, v.Name, v.Township)).ToList()))
                .ToList()))
            .ToList();
    }

    /// <summary>Villages whose name contains the text, or whose pinyin initials start with it (tyc → 桃源村).</summary>
    public async Task<IReadOnlyList<VillageLink>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 20) return [];
        var initials = text.ToLowerInvariant();
        return await db.Villages.AsNoTracking()
            .Where(v => v.Name.Contains(text) || (v.PinyinInitials != null && v.PinyinInitials.StartsWith(initials)))
            .OrderBy(v => v.Code).Take(50)
            .Select(v => new VillageLink(v.Code, v.Name, v.Township.Name))
            .ToListAsync(cancellationToken);
    }

    public async Task<TownshipPage?> TownshipAsync(string code, CancellationToken cancellationToken)
    {
        var township = await db.Townships.AsNoTracking().Where(t => t.Code == code)
            .Select(t => new { t.Code, t.Name, District = t.District.Name }).FirstOrDefaultAsync(cancellationToken);
        if (township is null) return null;
        var today = time.Today();
        var villages = await db.Villages.AsNoTracking().Where(v => v.Township.Code == code).OrderBy(v => v.Code)
            .Select(v => new { v.Id, v.Code, v.Name, v.FundsFrequency, v.DisclosureStart }).ToListAsync(cancellationToken);
        var ids = villages.Select(v => v.Id).ToList();
        var published = await db.Publications.AsNoTracking().Where(p => ids.Contains(p.VillageId))
            .Select(p => new { p.VillageId, p.Kind, p.Period, p.PublishedAt }).ToListAsync(cancellationToken);
        var statuses = villages.Select(v =>
        {
            var mine = published.Where(p => p.VillageId == v.Id).ToList();
            var first = mine.GroupBy(p => (p.Kind, p.Period)).ToDictionary(g => g.Key, g => g.Min(p => p.PublishedAt));
            var late = Enum.GetValues<LedgerKind>()
                .SelectMany(k => DuePeriods.OfYear(k, v.FundsFrequency == FundsFrequency.Monthly, today.Year).Select(p => (k, p)))
                .Count(x => DuePeriods.StateOf(x.p, first.TryGetValue((x.k, x.p.ToString()), out var at) ? ChinaTime.DateOf(at) : null, today, v.DisclosureStart) == DueState.Late);
            DateOnly? last = mine.Count == 0 ? null : ChinaTime.DateOf(mine.Max(p => p.PublishedAt));
            return new VillageStatus(v.Code, v.Name, last, late);
        }).ToList();
        return new TownshipPage(township.Code, township.Name, township.District, today.Year, statuses);
    }
}
