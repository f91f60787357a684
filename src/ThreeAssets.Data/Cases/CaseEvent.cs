namespace ThreeAssets.Data;

/// <summary>One step in a case's history, shown on the case page and returned by the API. Never changed.</summary>
public sealed class CaseEvent : IAppendOnly
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateTimeOffset At { get; set; }
    public int? UserId { get; set; }

    /// <summary>The staff login name at the time, kept as text like the audit log's.</summary>
    public string? UserName { get; set; }

    public CaseEventKind Kind { get; set; }

    /// <summary>The reason, the rectification note or the description, depending on the kind.</summary>
    public string? Note { get; set; }
    public CaseOwner? Owner { get; set; }
    public DateOnly? Deadline { get; set; }
    public long? EvidenceId { get; set; }
    public long? PublicationId { get; set; }
}

public enum CaseEventKind
{
    Created,
    Assigned,
    Feedback,
    Accepted,
    Returned,
    Published,
}
