using System.ComponentModel.DataAnnotations;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Features.Admin.Users;

/// <summary>A new staff account with its role and scope.</summary>
public sealed class CreateUserForm
{
    [Required(ErrorMessage = "请输入用户名 (enter a user name)")]
    [StringLength(64)]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请输入姓名 (enter a display name)")]
    [StringLength(64)]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "请输入初始密码 (enter an initial password)")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public PortalRole Role { get; set; } = PortalRole.Accountant;

    /// <summary>Org codes, comma-separated: villages for an accountant, a township for a reviewer, a district for an inspector.</summary>
    [StringLength(500)]
    public string? Scopes { get; set; }

    public IReadOnlyList<string> ScopeList() => ScopeText.Split(Scopes);
}

/// <summary>The new scope of an existing user.</summary>
public sealed class ChangeScopeForm
{
    [StringLength(500)]
    public string? Scopes { get; set; }
}

/// <summary>Scope codes as typed by an admin: commas (also the full-width ，) or spaces between them.</summary>
public static class ScopeText
{
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class ResetPasswordForm
{
    [Required(ErrorMessage = "请输入新密码 (enter the new password)")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";
}

/// <summary>One row of the user list.</summary>
public sealed record UserRow(int Id, string UserName, string DisplayName, PortalRole Role, IReadOnlyList<string> Scopes, bool LockedOut,
    int PausedAddresses);

public sealed record ResetPasswordPage(UserRow User, ResetPasswordForm Form);

public sealed record ChangeScopePage(UserRow User, ChangeScopeForm Form);
