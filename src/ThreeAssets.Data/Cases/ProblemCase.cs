namespace ThreeAssets.Data;

/// <summary>
/// One entry of the problem ledger (问题台账, DESIGN §7): an irregularity followed from its finding to its
/// rectification. This row holds the current state; <see cref="CaseEvent"/> rows hold the history, and every
/// transition is also written to the audit log.
/// </summary>
public sealed class ProblemCase
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 2000;
    public const int DefaultDeadlineDays = 30;

    /// <summary>Days past the deadline after which an overdue case turns from yellow to red.</summary>
    public const int RedAfterDays = 30;

    public long Id { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public int VillageId { get; set; }

    public CaseSource Source { get; set; }

    /// <summary>
    /// The risk warning it came from, as text: the warnings table is built separately and a case must outlive
    /// a recomputation of warnings, so there is no foreign key.
    /// </summary>
    public string? WarningKey { get; set; }
    public string? RuleCode { get; set; }

    /// <summary>The resident's question it came from; its tracking code then shows the case's progress.</summary>
    public long? QuestionId { get; set; }

    public CaseStatus Status { get; set; } = CaseStatus.Pending;
    public CaseOwner? Owner { get; set; }

    /// <summary>The last day (Beijing date) for the owner's feedback.</summary>
    public DateOnly? Deadline { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public int? CreatedById { get; set; }
    public DateTimeOffset? AssignedAt { get; set; }

    public string? FeedbackNote { get; set; }
    public DateTimeOffset? FeedbackAt { get; set; }
    public long? EvidenceId { get; set; }
    public long? CorrectedPublicationId { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>整改公开: the masked text shown on the village page once the inspector publishes a closed case.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublicText { get; set; }

    public bool IsOpen => Status != CaseStatus.Closed;

    /// <summary>
    /// How late the owner is on <paramref name="today"/> (a Beijing date): only an assigned case waits on its owner,
    /// so only it can be late; yellow from the day after its deadline, red <see cref="RedAfterDays"/> days later.
    /// </summary>
    public CaseLateness LatenessOn(DateOnly today) =>
        Status != CaseStatus.Assigned || Deadline is not { } deadline || today <= deadline ? CaseLateness.OnTime
        : today > deadline.AddDays(RedAfterDays) ? CaseLateness.Red
        : CaseLateness.Yellow;
}

/// <summary>A case's colour by the clock (DESIGN §7: past its deadline yellow, 30 days later red).</summary>
public enum CaseLateness
{
    OnTime,
    Yellow,
    Red,
}

/// <summary>Where a case came from.</summary>
public enum CaseSource
{
    Inspection,
    Warning,
    Question,
}

/// <summary>待交办 → 已交办 → 已反馈 → 已销号, or back from 已反馈 to 已交办 with a reason.</summary>
public enum CaseStatus
{
    Pending,
    Assigned,
    Feedback,
    Closed,
}

/// <summary>Who must rectify: the village's accountants or the township's reviewers.</summary>
public enum CaseOwner
{
    VillageAccountants,
    TownshipReviewers,
}
