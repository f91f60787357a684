namespace ThreeAssets.Data;

/// <summary>One org code a user may act on. A table rather than a column because an accountant
/// (报账员) often keeps the books of several villages.</summary>
public sealed class UserScope
{
    public int UserId { get; set; }
    public required string OrgCode { get; set; }
}
