using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Ledgers;

/// <summary>The outcome of an upload: the submission it made (or the earlier one with the same bytes) and what was read.</summary>
public sealed record ImportResult(Submission Submission, ParsedLedger? Parsed, bool Duplicate);

/// <summary>
/// An upload becomes a submission: the original bytes kept as they came with their SHA-256, read and
/// validated, the report stored. The same bytes uploaded again for the same ledger are recognised and
/// answered with the earlier submission instead of a copy. Authorization is the caller's job.
/// </summary>
public sealed class LedgerImporter(PortalDbContext db, LedgerReading reading, AuditLog audit, TimeProvider time)
{
    public async Task<ImportResult> ImportAsync(Village village, LedgerKind kind, Period period, string fileName, byte[] content,
        int uploaderId, CancellationToken cancellationToken = default)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var text = period.ToString();
        var earlier = await db.Submissions
            .Where(s => s.VillageId == village.Id && s.Kind == kind && s.Period == text && s.Sha256 == sha256)
            .OrderByDescending(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (earlier is not null)
            return new ImportResult(earlier, null, Duplicate: true);

        var parsed = await reading.ReadAsync(village.Id, kind, period, fileName, content, cancellationToken);
        // Named on the audit line even without a request (the demo district's ledgers are imported at start-up).
        var uploader = await db.Users.FindAsync([uploaderId], cancellationToken);
        var submission = new Submission
        {
            VillageId = village.Id,
            Kind = kind,
            Period = text,
            FileName = Path.GetFileName(fileName),
            Sha256 = sha256,
            SizeBytes = content.Length,
            UploadedById = uploaderId,
            UploadedAt = time.GetUtcNow(),
            ReportJson = StoredReport.Serialize(parsed.Report),
            ErrorCount = parsed.Report.ErrorCount,
            WarningCount = parsed.Report.WarningCount,
            RowCount = parsed.RowCount,
        };
        db.SubmissionFiles.Add(new SubmissionFile { Submission = submission, Content = content });
        // The submission, its file and the audit line (which needs the new id) exist together or not at all.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(AuditActions.Upload, nameof(Submission), submission.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new { village = village.Code, kind, period = text, sha256, rows = parsed.RowCount, errors = parsed.Report.ErrorCount, warnings = parsed.Report.WarningCount },
                actor: uploader, orgCode: village.Code);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return new ImportResult(submission, parsed, Duplicate: false);
    }
}
