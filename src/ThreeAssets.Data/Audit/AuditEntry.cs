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

    /// <summary>
    /// Position in the hash chain (1, 2, 3 …), assigned when the entry is saved (<see cref="AuditChain"/>): neither the
    /// insert order nor the identity <see cref="Id"/> can be trusted to follow the order the chain was built in.
    /// Null on entries written before the chain existed.
    /// </summary>
    public long? Sequence { get; set; }

    /// <summary>The <see cref="Hash"/> of the entry with the previous <see cref="Sequence"/>; null for the first.</summary>
    public string? PreviousHash { get; set; }

    /// <summary>Hex SHA-256 over this entry's fields and <see cref="PreviousHash"/> (<see cref="AuditChain.ComputeHash"/>).</summary>
    public string? Hash { get; set; }
}
