using ThreeAssets.Data;

namespace ThreeAssets.Web.Questions;

/// <summary>What the resident fills in. <see cref="Website"/> is the honeypot: people never see it, bots fill it.</summary>
public sealed class AskForm
{
    public int? Row { get; set; }

    public string? Text { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }
}

/// <summary>The publication (and row) being asked about, in words a resident recognises.</summary>
public sealed record AskTarget(long PublicationId, string VillageCode, string VillageName, string Title, int? Row, string? RowSummary);

public sealed record AskPage(AskTarget Target, AskForm Form);

/// <summary>The outcome of asking: a code, or the fields to correct.</summary>
public sealed record AskResult(string? TrackingCode, IReadOnlyList<(string Field, string Message)> Errors)
{
    public bool Succeeded => TrackingCode is not null;
}

/// <summary>What the holder of a tracking code sees (no name or phone: a code may be shared or guessed).</summary>
public sealed record TrackView(string TrackingCode, QuestionStatus Status, AskTarget Target, string Text,
    DateTimeOffset ReceivedAt, DateTimeOffset? AnsweredAt, string? AnsweredBy, string? Answer, bool AnswerPublic,
    bool Reopened, string? ReopenText, DateTimeOffset? ReopenedAt, DateTimeOffset? EscalatedAt, DateTimeOffset? ClosedAt)
{
    public bool CanReopen => !Reopened && Status is QuestionStatus.Answered or QuestionStatus.Closed;
}

/// <summary>One answered question in the public record under a publication (State Council website rules).</summary>
public sealed record PublicQuestion(int? Row, string Text, DateTimeOffset ReceivedAt, DateTimeOffset AnsweredAt,
    string AnsweredBy, string Answer, QuestionStatus Status);

public sealed record PublicQuestionList(long PublicationId, IReadOnlyList<PublicQuestion> Questions, int Waiting);

/// <summary>A village's record of answering, for its public page.</summary>
public sealed record VillageQuestionStats(string VillageCode, string VillageName, int Asked, int Answered, int Waiting,
    double? AverageDaysToAnswer);

/// <summary>A line of a staff inbox or of the inspectors' list.</summary>
public sealed record InboxItem(long Id, string TrackingCode, string VillageName, string Title, int? Row, string Excerpt,
    QuestionStatus Status, bool Reopened, bool Escalated, bool Overdue, int AgeDays, DateTimeOffset ReceivedAt);

public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int AnswerDays, bool ForInspectors);

/// <summary>The staff page of one question: the asker's contact details are for scoped staff only.</summary>
public sealed record StaffQuestion(long Id, TrackView View, string VillageCode, string? AskerName, string? AskerPhone,
    bool Overdue, int AgeDays, bool CanAnswer);

public sealed class AnswerForm
{
    public string? Answer { get; set; }

    /// <summary>Public unless the staff member says otherwise (DESIGN §6).</summary>
    public bool Public { get; set; } = true;
}

/// <summary>Why a staff action was refused, or null when it went through.</summary>
public enum QuestionChange
{
    Done,
    NotFound,
    WrongState,
    Invalid,
}
