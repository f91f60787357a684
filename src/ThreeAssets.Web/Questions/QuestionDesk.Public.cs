using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Privacy;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Questions;

/// <summary>The public record: answered public questions under a publication, and each village's numbers.</summary>
public sealed partial class QuestionDesk
{
    /// <summary>Answered questions whose answer is public, newest first; personal data in them masked.</summary>
    public async Task<PublicQuestionList> PublicListAsync(long publicationId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Questions.AsNoTracking()
            .Where(q => q.PublicationId == publicationId && q.AnswerPublic && q.AnsweredAt != null && q.Status != QuestionStatus.Received)
            .Select(q => new { q.RowNo, q.Text, q.ReceivedAt, q.AnsweredAt, q.AnsweredByLabel, q.Answer, q.Status })
            .ToListAsync(cancellationToken);
        var waiting = await db.Questions.CountAsync(q => q.PublicationId == publicationId && q.Status == QuestionStatus.Received, cancellationToken);
        var list = rows
            .Select(q => new PublicQuestion(q.RowNo, PersonalData.MaskText(q.Text)!, q.ReceivedAt, q.AnsweredAt!.Value,
                q.AnsweredByLabel ?? "", PersonalData.MaskText(q.Answer) ?? "", q.Status))
            .OrderByDescending(q => q.AnsweredAt)
            .ToList();
        return new PublicQuestionList(publicationId, list, waiting);
    }

    /// <summary>Asked, answered and average days to answer for a village; null when there is no such village.</summary>
    public async Task<VillageQuestionStats?> VillageStatsAsync(string villageCode, CancellationToken cancellationToken = default)
    {
        var village = await db.Villages.AsNoTracking().Where(v => v.Code == villageCode)
            .Select(v => new { v.Id, v.Code, v.Name }).SingleOrDefaultAsync(cancellationToken);
        if (village is null) return null;
        var questions = await db.Questions.AsNoTracking().Where(q => q.VillageId == village.Id)
            .Select(q => new { q.ReceivedAt, q.AnsweredAt, q.Status }).ToListAsync(cancellationToken);
        var answered = questions.Where(q => q.AnsweredAt != null).ToList();
        double? average = answered.Count == 0 ? null
            : Math.Round(answered.Average(q => (q.AnsweredAt!.Value - q.ReceivedAt).TotalDays), 1);
        return new VillageQuestionStats(village.Code, village.Name, questions.Count, answered.Count,
            questions.Count(q => q.Status == QuestionStatus.Received), average);
    }

    /// <summary>桃源村 2026年10月 资金收支明细（第 2 版）: how residents name a publication.</summary>
    public static string Title(string villageName, LedgerKind kind, string period, int version)
    {
        var when = Period.TryParse(period, out var parsed) ? parsed.ToChinese() : period;
        return $"{villageName} {when} {LedgerSchema.For(kind).Title}" + (version > 1 ? $"（第 {version} 版）" : "");
    }
}
