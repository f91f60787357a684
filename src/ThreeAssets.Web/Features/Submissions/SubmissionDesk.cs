using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Annotation;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Security;
using ThreeAssets.Web.Ledgers;

namespace ThreeAssets.Web.Features.Submissions;

/// <summary>An upload refused (with every reason found), or the submission it made or found again.</summary>
public sealed record UploadOutcome(IReadOnlyList<(string Field, UploadRefusal Refusal)> Refusals, ImportResult? Import);

/// <summary>
/// The accountant's side of submissions, for the pages and the staff API alike: upload with the form-level
/// checks, find a submission only inside the caller's scope, history, the original and annotated files,
/// and submit. Out-of-scope ids read as "not found", so nobody learns what other villages have uploaded.
/// </summary>
public sealed class SubmissionDesk(PortalDbContext db, ScopeAccess scope, LedgerImporter importer, SubmissionWorkflow workflow,
    AuditLog audit, TimeProvider time)
{
    public async Task<UploadOutcome> UploadAsync(ClaimsPrincipal user, UploadForm form, CancellationToken cancellationToken = default)
    {
        var refusals = new List<(string, UploadRefusal)>();
        Village? village = null;
        if (string.IsNullOrWhiteSpace(form.Village)) refusals.Add((nameof(form.Village), UploadRefusal.NoVillage));
        else if (!ScopeAccess.CanActOn(user, form.Village.Trim())
                 || (village = await db.Villages.AsNoTracking().SingleOrDefaultAsync(v => v.Code == form.Village.Trim(), cancellationToken)) is null)
            refusals.Add((nameof(form.Village), UploadRefusal.NotYourVillage));
        if (form.Kind is not { } kind || !Enum.IsDefined(kind)) refusals.Add((nameof(form.Kind), UploadRefusal.NoKind));
        var period = default(Period);
        if (!Period.TryParse(form.Period, out period)) refusals.Add((nameof(form.Period), UploadRefusal.NoPeriod));
        else if (LedgerKinds.All.Any(l => l.Kind == form.Kind && l.IsSnapshot) && !period.IsQuarter) refusals.Add((nameof(form.Period), UploadRefusal.PeriodNotQuarter));
        else if (period.Start > time.Today()) refusals.Add((nameof(form.Period), UploadRefusal.PeriodInFuture));
        if (FileRefusal(form.File) is { } fileRefusal) refusals.Add((nameof(form.File), fileRefusal));
        if (refusals.Count > 0 || village is null || form.File is null) return new(refusals, null);

        using var buffer = new MemoryStream((int)form.File.Length);
        await form.File.CopyToAsync(buffer, cancellationToken);
        var import = await importer.ImportAsync(village, form.Kind!.Value, period, form.File.FileName, buffer.ToArray(),
            user.UserId() ?? 0, cancellationToken);
        return new([], import);
    }

    private static UploadRefusal? FileRefusal(IFormFile? file)
    {
        if (file is null || string.IsNullOrWhiteSpace(file.FileName)) return UploadRefusal.NoFile;
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!UploadLimits.Extensions.Contains(extension)) return UploadRefusal.WrongType;
        if (file.Length > UploadLimits.MaxFileBytes) return UploadRefusal.TooLarge;
        if (file.Length == 0) return UploadRefusal.Empty;
        return null;
    }

    /// <summary>The villages the user keeps books for (or may see), for the pickers.</summary>
    public async Task<IReadOnlyList<VillageChoice>> VillagesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await scope.VisibleVillages(user).OrderBy(v => v.Code)
            .Select(v => new VillageChoice(v.Code, v.Name, v.FundsFrequency == FundsFrequency.Monthly))
            .ToListAsync(cancellationToken);

    /// <summary>The upload form with its choices; a lone village is chosen already.</summary>
    public async Task<UploadPage> UploadPageAsync(ClaimsPrincipal user, UploadForm form, CancellationToken cancellationToken = default)
    {
        var villages = await VillagesAsync(user, cancellationToken);
        if (villages.Count == 1 && string.IsNullOrEmpty(form.Village)) form.Village = villages[0].Code;
        var today = time.Today();
        return new UploadPage(form, villages, UploadPeriods.Choices(today));
    }

    /// <summary>A submission the user may see (tracked, so that it can be submitted), or null.</summary>
    public async Task<Submission?> FindAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken = default)
    {
        var submission = await db.Submissions.Include(s => s.Village).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return submission is not null && ScopeAccess.CanActOn(user, submission.Village.Code) ? submission : null;
    }

    public async Task<SubmissionDetails?> DetailsAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(user, id, cancellationToken) is not { } s) return null;
        var uploader = await db.Users.AsNoTracking().Where(u => u.Id == s.UploadedById).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        var version = s.PublicationId is { } pid
            ? await db.Publications.AsNoTracking().Where(p => p.Id == pid).Select(p => (int?)p.Version).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new SubmissionDetails(s, uploader ?? "", StoredReport.Deserialize(s.ReportJson), version);
    }

    public async Task<IReadOnlyList<HistoryRow>> HistoryAsync(ClaimsPrincipal user, string? villageCode, CancellationToken cancellationToken = default)
    {
        var villages = scope.VisibleVillages(user);
        if (!string.IsNullOrWhiteSpace(villageCode)) villages = villages.Where(v => v.Code == villageCode);
        var ids = villages.Select(v => v.Id);
        return await db.Submissions.AsNoTracking()
            .Where(s => ids.Contains(s.VillageId))
            .OrderByDescending(s => s.Id)
            .Take(200)
            .Select(s => new HistoryRow(s.Id, s.Village.Name, s.Kind, s.Period, s.FileName, s.Status, s.RowCount, s.ErrorCount,
                s.WarningCount, s.UploadedAt, s.SubmittedAt, s.RejectReason))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The original bytes, with an audit line: originals are evidence, so every read of one is recorded.</summary>
    public async Task<(Submission Submission, byte[] Content)?> OriginalAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(user, id, cancellationToken) is not { } submission) return null;
        var content = await ContentAsync(id, cancellationToken);
        audit.Add(AuditActions.OriginalDownloaded, nameof(Submission), Id(submission), new { sha256 = submission.Sha256 },
            orgCode: submission.Village.Code);
        await db.SaveChangesAsync(cancellationToken);
        return (submission, content);
    }

    /// <summary>
    /// The upload with its findings marked in red and yellow, and a first sheet listing them. It carries every cell of the
    /// original, so each read is recorded like a read of the original.
    /// </summary>
    public async Task<(string FileName, byte[] Content)?> AnnotatedAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(user, id, cancellationToken) is not { } submission) return null;
        var content = await ContentAsync(id, cancellationToken);
        var annotated = WorkbookAnnotator.Annotate(content, StoredReport.Deserialize(submission.ReportJson));
        audit.Add(AuditActions.AnnotatedDownloaded, nameof(Submission), Id(submission), new { sha256 = submission.Sha256 },
            orgCode: submission.Village.Code);
        await db.SaveChangesAsync(cancellationToken);
        return (WorkbookAnnotator.FileNameFor(submission.FileName), annotated);
    }

    public async Task<WorkflowProblem?> SubmitAsync(ClaimsPrincipal user, Submission submission, string? note, CancellationToken cancellationToken = default)
    {
        var accountant = await db.Users.SingleAsync(u => u.Id == user.UserId(), cancellationToken);
        return await workflow.SubmitAsync(submission, accountant, note, cancellationToken);
    }

    private Task<byte[]> ContentAsync(long id, CancellationToken cancellationToken) =>
        db.SubmissionFiles.AsNoTracking().Where(f => f.SubmissionId == id).Select(f => f.Content).SingleAsync(cancellationToken);

    private static string Id(Submission s) => s.Id.ToString(CultureInfo.InvariantCulture);
}

public sealed record SubmissionDetails(Submission Submission, string UploaderName, Core.Validation.ValidationReport Report, int? PublishedVersion);

public sealed record HistoryRow(long Id, string VillageName, LedgerKind Kind, string Period, string FileName, SubmissionStatus Status,
    int Rows, int Errors, int Warnings, DateTimeOffset UploadedAt, DateTimeOffset? SubmittedAt, string? RejectReason);
