using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Workspace;

/// <summary>
/// The accountant's to-do list: for each of their villages and each ledger kind, the periods owed so far
/// this year (<see cref="DuePeriods"/>) and where each stands, from "not uploaded" to "published".
/// </summary>
public sealed class WorkspaceService(PortalDbContext db, ScopeAccess scope, TimeProvider time)
{
    public async Task<WorkspacePage> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var today = time.Today();
        var villages = await scope.VisibleVillages(user).OrderBy(v => v.Code).ToListAsync(cancellationToken);
        var ids = villages.Select(v => v.Id).ToList();
        // Two small queries for everything on the page; the periods shown are at most a year and a quarter back.
        var submissions = await db.Submissions.AsNoTracking().Where(s => ids.Contains(s.VillageId))
            .Select(s => new SubmissionState(s.Id, s.VillageId, s.Kind, s.Period, s.Status, s.ErrorCount, s.WarningCount, s.RejectReason))
            .ToListAsync(cancellationToken);
        var publications = await db.Publications.AsNoTracking().Where(p => ids.Contains(p.VillageId))
            .Select(p => new PublicationState(p.Id, p.VillageId, p.Kind, p.Period, p.Version, p.PublishedAt, p.SubmissionId))
            .ToListAsync(cancellationToken);

        var sections = villages.Select(v => new VillageSection(v.Code, v.Name, Enum.GetValues<LedgerKind>()
            .Select(kind => new KindSection(kind, DuePeriods.YearToDate(kind, v.FundsFrequency == FundsFrequency.Monthly, today, v.DisclosureStart)
                .Select(period => Row(v.Id, kind, period, today, submissions, publications)).ToList()))
            .ToList())).ToList();
        return new WorkspacePage(today, sections);
    }

    private static DueRow Row(int villageId, LedgerKind kind, Period period, DateOnly today,
        List<SubmissionState> submissions, List<PublicationState> publications)
    {
        var text = period.ToString();
        var published = publications.Where(p => p.VillageId == villageId && p.Kind == kind && p.Period == text)
            .MaxBy(p => p.Version);
        var latest = submissions.Where(s => s.VillageId == villageId && s.Kind == kind && s.Period == text).MaxBy(s => s.Id);
        // A newer upload after a publication is a correction on its way; it is shown beside the published version.
        if (latest is not null && published is not null && (latest.Id <= published.SubmissionId || latest.Status == SubmissionStatus.Published))
            latest = null;
        var due = DuePeriods.DueDate(period);
        var late = published is null
            ? DuePeriods.IsPastDue(period, today)
            : ChinaTime.DateOf(published.PublishedAt) > due;
        return new DueRow(period, due, late, published, latest);
    }
}

public sealed record WorkspacePage(DateOnly Today, IReadOnlyList<VillageSection> Villages)
{
    public int LateCount => Villages.Sum(v => v.Kinds.Sum(k => k.Rows.Count(r => r.Late && r.Published is null)));
}

public sealed record VillageSection(string Code, string Name, IReadOnlyList<KindSection> Kinds);

public sealed record KindSection(LedgerKind Kind, IReadOnlyList<DueRow> Rows);

/// <summary>One period owed: published (and which version), an upload in progress, or nothing yet; late in words.</summary>
public sealed record DueRow(Period Period, DateOnly DueDate, bool Late, PublicationState? Published, SubmissionState? Latest);

public sealed record SubmissionState(long Id, int VillageId, LedgerKind Kind, string Period, SubmissionStatus Status, int Errors,
    int Warnings, string? RejectReason);

public sealed record PublicationState(long Id, int VillageId, LedgerKind Kind, string Period, int Version, DateTimeOffset PublishedAt,
    long SubmissionId);
