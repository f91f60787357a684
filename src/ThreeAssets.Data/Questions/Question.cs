namespace ThreeAssets.Data;

/// <summary>
/// A resident's question or objection about a publication or one of its rows (DESIGN §6). Residents
/// follow it by <see cref="TrackingCode"/>; the asker's name and phone are for the village's staff only.
/// Every change to it is also written to the audit log, which holds the history; this row holds the state.
/// </summary>
public sealed class Question
{
    public const int MaxTextLength = 1000;

    public long Id { get; set; }
    public long PublicationId { get; set; }

    /// <summary>Copied from the publication so that scope filters (village, township, district) need no join.</summary>
    public int VillageId { get; set; }

    /// <summary>The row asked about (1-based, as shown on the publication page); null for the whole publication.</summary>
    public int? RowNo { get; set; }

    public required string Text { get; set; }
    public string? AskerName { get; set; }
    public string? AskerPhone { get; set; }

    /// <summary>Eight characters without separators (display adds a dash: ABCD-EFGH); see TrackingCodes in Web.</summary>
    public required string TrackingCode { get; set; }

    public QuestionStatus Status { get; set; } = QuestionStatus.Received;
    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
    public int? AnsweredById { get; set; }

    /// <summary>Shown publicly instead of a person's name: the answering role and organisation (桃源村会计).</summary>
    public string? AnsweredByLabel { get; set; }

    public string? Answer { get; set; }

    /// <summary>Public answers are listed under the publication; private ones only by tracking code.</summary>
    public bool AnswerPublic { get; set; } = true;

    /// <summary>The resident said the answer did not resolve it; allowed once.</summary>
    public bool Reopened { get; set; }
    public string? ReopenText { get; set; }
    public DateTimeOffset? ReopenedAt { get; set; }

    /// <summary>Set once when the question stayed open past the deadline and went to the township.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>When the current wait for an answer began: receipt, or the reopening.</summary>
    public DateTimeOffset OpenSince => ReopenedAt ?? ReceivedAt;
}

/// <summary>已受理 → 已答复 → 已办结; a reopening goes back to 已受理.</summary>
public enum QuestionStatus
{
    Received,
    Answered,
    Closed,
}
