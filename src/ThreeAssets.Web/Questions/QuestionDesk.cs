using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Privacy;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Hosting;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Questions;

/// <summary>
/// Residents' questions (DESIGN §6): asking, following by tracking code, reopening once (this file);
/// answering, closing and escalation (QuestionDesk.Staff.cs); the public record (QuestionDesk.Public.cs).
/// Logs carry ids only — never the question's text, the asker's name or phone.
/// </summary>
public sealed partial class QuestionDesk(PortalDbContext db, AuditLog audit, ScopeAccess scope, TimeProvider time, QuestionOptions options,
    ILogger<QuestionDesk> logger)
{
    public const int MaxNameLength = 50;

    [GeneratedRegex(@"^[0-9+\-() ]{5,30}$")]
    private static partial Regex PhonePattern();

    /// <summary>The publication and row asked about; null when either does not exist.</summary>
    public async Task<AskTarget?> TargetAsync(long publicationId, int? row, CancellationToken cancellationToken = default)
    {
        var p = await db.Publications.AsNoTracking().Where(x => x.Id == publicationId)
            .Select(x => new { x.Id, x.Kind, x.Period, x.Version, x.RowCount, x.Village.Code, x.Village.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (p is null || row is < 1 || row > p.RowCount) return null;
        var schema = LedgerSchema.For(p.Kind);
        var title = Title(p.Name, p.Kind, p.Period, p.Version);
        string? summary = null;
        if (row is { } n)
        {
            var rows = await db.LoadRowsAsync(p.Id, p.Kind, cancellationToken);
            if (rows.ElementAtOrDefault(n - 1) is { } r)
                summary = string.Join("，", schema.Columns.Take(3).Select(c => Cell(r, c)).Where(s => s.Length > 0));
        }
        return new AskTarget(p.Id, p.Code, p.Name, title, row, summary);
    }

    private static string Cell(ILedgerRow row, ColumnSpec column) => LedgerCells.Get(row, column) switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var v => PersonalData.MaskText(Convert.ToString(v, CultureInfo.InvariantCulture)) ?? "",
    };

    /// <summary>Stores a question and returns its tracking code, or the fields to correct.</summary>
    public async Task<AskResult> AskAsync(AskTarget target, AskForm form, CancellationToken cancellationToken = default)
    {
        var text = form.Text?.Trim() ?? "";
        var name = NullIfBlank(form.Name);
        var phone = NullIfBlank(form.Phone);
        var errors = new List<(string, string)>();
        if (text.Length == 0)
            errors.Add((nameof(AskForm.Text), "请写下您的问题或意见。"));
        else if (text.Length > Question.MaxTextLength)
            errors.Add((nameof(AskForm.Text), $"问题最多 1,000 字，现在有 {text.Length:N0} 字，请删去 {text.Length - Question.MaxTextLength:N0} 字后再提交。"));
        if (name is { Length: > MaxNameLength })
            errors.Add((nameof(AskForm.Name), "姓名最多 50 个字。"));
        if (phone is not null && !PhonePattern().IsMatch(phone))
            errors.Add((nameof(AskForm.Phone), "电话号码请只写数字，例如 13800001234；不想留电话可以不填。"));
        if (errors.Count > 0) return new AskResult(null, errors);

        // A filled honeypot is a bot: answer exactly as for a person, store nothing.
        if (!string.IsNullOrEmpty(form.Website))
        {
            logger.QuestionHoneypot(target.PublicationId);
            return new AskResult(TrackingCodes.New(), []);
        }

        var villageId = await db.Villages.Where(v => v.Code == target.VillageCode).Select(v => v.Id).SingleAsync(cancellationToken);
        var code = TrackingCodes.New();
        while (await db.Questions.AnyAsync(q => q.TrackingCode == code, cancellationToken))
            code = TrackingCodes.New();
        var question = new Question
        {
            PublicationId = target.PublicationId, VillageId = villageId, RowNo = target.Row, Text = text,
            AskerName = name, AskerPhone = phone, TrackingCode = code, ReceivedAt = time.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Questions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(AuditActions.QuestionAsked, "question", Id(question),
            new { publication = target.PublicationId, row = target.Row }, orgCode: target.VillageCode, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.QuestionAsked(question.Id, target.PublicationId);
        return new AskResult(code, []);
    }

    /// <summary>The question behind a tracking code (typed in any case, with or without the dash).</summary>
    public async Task<TrackView?> TrackAsync(string? typedCode, CancellationToken cancellationToken = default)
    {
        if (TrackingCodes.Normalize(typedCode) is not { } code) return null;
        await EscalateOverdueAsync(cancellationToken);
        var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.TrackingCode == code, cancellationToken);
        return question is null ? null : await ViewAsync(question, cancellationToken);
    }

    /// <summary>"问题没有解决": back to 已受理, once; the answer stays visible until a new one replaces it.</summary>
    public async Task<QuestionChange> ReopenAsync(string? typedCode, string? why, CancellationToken cancellationToken = default)
    {
        if (TrackingCodes.Normalize(typedCode) is not { } code) return QuestionChange.NotFound;
        var question = await db.Questions.SingleOrDefaultAsync(q => q.TrackingCode == code, cancellationToken);
        if (question is null) return QuestionChange.NotFound;
        if (question.Reopened || question.Status == QuestionStatus.Received) return QuestionChange.WrongState;
        var reason = NullIfBlank(why);
        if (reason is { Length: > Question.MaxTextLength }) return QuestionChange.Invalid;
        question.Reopened = true;
        question.ReopenText = reason;
        question.ReopenedAt = time.GetUtcNow();
        question.Status = QuestionStatus.Received;
        question.ClosedAt = null;
        audit.Add(AuditActions.QuestionReopened, "question", Id(question), null, orgCode: await VillageCodeAsync(question, cancellationToken));
        return await SaveTransitionAsync(cancellationToken);
    }

    private async Task<TrackView> ViewAsync(Question q, CancellationToken cancellationToken)
    {
        var target = await TargetAsync(q.PublicationId, q.RowNo, cancellationToken)
            ?? throw new InvalidOperationException($"question {q.Id} points at a missing publication");
        return new TrackView(q.TrackingCode, q.Status, target, PersonalData.MaskText(q.Text)!, q.ReceivedAt, q.AnsweredAt,
            q.AnsweredByLabel, PersonalData.MaskText(q.Answer), q.AnswerPublic, q.Reopened, PersonalData.MaskText(q.ReopenText),
            q.ReopenedAt, q.EscalatedAt, q.ClosedAt);
    }

    private Task<string> VillageCodeAsync(Question q, CancellationToken cancellationToken) =>
        db.Villages.Where(v => v.Id == q.VillageId).Select(v => v.Code).SingleAsync(cancellationToken);

    private static string Id(Question q) => q.Id.ToString(CultureInfo.InvariantCulture);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
