namespace ThreeAssets.Data;

/// <summary>
/// A bearer token for accounting software. Only the SHA-256 of the token is kept: a leaked database
/// does not leak working tokens.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public PortalUser User { get; set; } = null!;
    public required string Name { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
