using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Review;
using ThreeAssets.Web.Ledgers;
using ThreeAssets.Web.Features.Submissions;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Hosting;

namespace ThreeAssets.Web.Demo;

/// <summary>
/// Publishes seed-data/ledgers/&lt;township&gt;/&lt;village&gt;/&lt;kind&gt;-&lt;period&gt;.xlsx through the real pipeline:
/// uploaded by the village's accountant (or the administrator), submitted, and approved by the township's
/// reviewer, each dated a few days before its period fell due, oldest first, so the hash chains and
/// the timeline look like a village that publishes on time — except where a file is missing on purpose.
/// </summary>
internal sealed class DemoLedgerSeeder(
    PortalDbContext db, LedgerImporter importer, SubmissionWorkflow workflow, Publisher publisher, ILogger<DemoLedgerSeeder> logger)
    : IDemoLedgerSeeder
{
    public async Task SeedAsync(string seedFolder, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(seedFolder, "ledgers");
        if (!Directory.Exists(folder)) return;

        var villages = await db.Villages.AsNoTracking().Include(v => v.Township).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Include(u => u.Scopes).ToListAsync(cancellationToken);
        var admin = users.First(u => u.Role == PortalRole.Admin);
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Select(path => Describe(path, villages))
            .OfType<SeedFile>()
            .OrderBy(f => f.PublishedAt).ThenBy(f => f.Kind)
            .ToList();

        var published = 0;
        foreach (var file in files)
        {
            var uploader = users.FirstOrDefault(u => u.Role == PortalRole.Accountant && u.Scopes.Any(s => s.OrgCode == file.Village.Code)) ?? admin;
            var reviewer = users.FirstOrDefault(u => u.Role == PortalRole.Reviewer && u.Scopes.Any(s => s.OrgCode == file.Village.Township.Code)) ?? admin;
            var import = await importer.ImportAsync(file.Village, file.Kind, file.Period, Path.GetFileName(file.Path),
                await File.ReadAllBytesAsync(file.Path, cancellationToken), uploader.Id, cancellationToken);
            var submitted = await workflow.SubmitAsync(import.Submission, uploader, "演示数据", cancellationToken);
            var outcome = submitted is null
                ? await publisher.ApproveAsync(import.Submission.Id, reviewer, null, file.PublishedAt, cancellationToken)
                : PublishOutcome.Refused(submitted.Message, submitted.MessageEn);
            // One long-lived context would track every row published so far and slow each save down.
            db.ChangeTracker.Clear();
            if (outcome.Published) published++;
            else logger.DemoLedgerSkipped(file.Path, outcome.ProblemEn ?? "");
        }
        logger.DemoLedgersPublished(published, files.Count);
    }

    private sealed record SeedFile(string Path, Village Village, LedgerKind Kind, Period Period, DateTimeOffset PublishedAt);

    private static SeedFile? Describe(string path, List<Village> villages)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        var villageName = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path));
        var townshipName = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(path)));
        var village = villages.FirstOrDefault(v => v.Name == villageName && v.Township.Name == townshipName);
        if (dash < 0 || village is null
            || !Enum.TryParse<LedgerKind>(name[..dash], ignoreCase: true, out var kind)
            || !Period.TryParse(name[(dash + 1)..], out var period))
            return null;
        // Published a few days before it fell due (the 15th after the period ends), at 10:00 Beijing time.
        var day = period.End.AddDays(period.IsQuarter ? 10 : 8);
        return new SeedFile(path, village, kind, period, new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), ChinaTime.Offset));
    }
}
