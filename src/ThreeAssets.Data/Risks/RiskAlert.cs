using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Risks;

namespace ThreeAssets.Data;

/// <summary>What an inspector decided about a warning (DESIGN §7).</summary>
public enum RiskAlertStatus
{
    /// <summary>Nobody has looked yet.</summary>
    Open,

    /// <summary>已查看: looked at, nothing wrong.</summary>
    Seen,

    /// <summary>已排除: a false positive, with a reason; counted against the rule's quality.</summary>
    Dismissed,

    /// <summary>转为问题: followed up as a case in the problem ledger.</summary>
    Case,
}

/// <summary>
/// A risk warning over a village's published data, as the portal keeps it. Its <see cref="Key"/> is the
/// rule, the village, the kind and the warning's subject (Core's <c>RiskWarning.Subject</c>), so that a
/// recomputation updates the same record — keeping its status and the inspector's reason — instead of
/// adding a new one. A warning that a recomputation no longer finds is not deleted: it is marked cleared
/// (the evidence was corrected), and comes back with its history if it is found again.
/// </summary>
public sealed class RiskAlert
{
    public long Id { get; set; }

    /// <summary>SHA-256 (hex) of code, village code, kind and subject: the warning's identity across recomputations.</summary>
    public required string Key { get; set; }

    public required string Code { get; set; }
    public RiskColour Colour { get; set; }
    public int VillageId { get; set; }
    public Village Village { get; set; } = null!;
    public LedgerKind Kind { get; set; }
    public required string Period { get; set; }

    /// <summary>The publication that holds the evidence; none for a period that was never published (RISK-LATE) or a question.</summary>
    public long? PublicationId { get; set; }

    /// <summary>The evidence rows as positions in the publication (the row numbers of its page and of the API), comma-separated.</summary>
    public string? Rows { get; set; }

    /// <summary>The question a RISK-UNANSWERED warning is about.</summary>
    public long? QuestionId { get; set; }

    public required string Value { get; set; }
    public required string Threshold { get; set; }
    public required string Message { get; set; }
    public required string MessageEn { get; set; }

    public RiskAlertStatus Status { get; set; }

    /// <summary>Why it was dismissed (required for 已排除).</summary>
    public string? StatusReason { get; set; }

    public int? StatusById { get; set; }
    public DateTimeOffset? StatusAt { get; set; }

    public DateTimeOffset FirstFoundAt { get; set; }
    public DateTimeOffset LastFoundAt { get; set; }

    /// <summary>When a recomputation stopped finding it (a corrected ledger removed the cause); null while it stands.</summary>
    public DateTimeOffset? ClearedAt { get; set; }

    public IReadOnlyList<int> RowList => ParseRows(Rows);

    /// <summary>The stored <see cref="Rows"/> as numbers (also for projections that read the column alone).</summary>
    public static IReadOnlyList<int> ParseRows(string? rows) =>
        string.IsNullOrEmpty(rows) ? [] : rows.Split(',').Select(r => int.Parse(r, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
