using Microsoft.AspNetCore.Identity;

namespace ThreeAssets.Data;

/// <summary>A staff account. Residents never log in; they only ask questions with a tracking code.</summary>
public sealed class PortalUser : IdentityUser<int>
{
    public required string DisplayName { get; set; }
    public PortalRole Role { get; set; }

    /// <summary>
    /// Org codes the user acts on: villages for an accountant (one or several), a township for a reviewer,
    /// a district for an inspector, none for an admin.
    /// </summary>
    public List<UserScope> Scopes { get; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The four staff roles (DESIGN §8).</summary>
public enum PortalRole
{
    Admin,
    Accountant,
    Reviewer,
    Inspector,
}
