namespace ThreeAssets.Data;

/// <summary>
/// One line of the append-only audit log inspectors search (DESIGN §8). Details hold ids and counts,
/// never residents' names, phones or passwords.
/// </summary>
public sealed class AuditEntry : IAppendOnly
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public int? UserId { get; set; }

    /// <summary>The staff login name at the time; kept as text because it must survive renames.</summary>
    public string? UserName { get; set; }

    /// <summary>Stable dotted code, e.g. <c>account.login</c>, <c>admin.user.create</c>.</summary>
    public required string Action { get; set; }

    public string? TargetType { get; set; }
    public string? TargetId { get; set; }

    /// <summary>The village, township or district the action concerned, so that an inspector's search
    /// can be limited to their district with the same prefix test as every other scope check.</summary>
    public string? OrgCode { get; set; }

    public string? Ip { get; set; }
    public string? DetailsJson { get; set; }
}
