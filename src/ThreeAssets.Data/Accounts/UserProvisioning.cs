using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ThreeAssets.Data;

/// <summary>
/// Creates staff accounts with a role and a scope that fits it: an accountant's villages, a reviewer's
/// township, an inspector's district, nothing for an admin. Used by the admin pages, the CLI and the demo seed.
/// </summary>
public sealed class UserProvisioning(UserManager<PortalUser> users, PortalDbContext db, TimeProvider time)
{
    /// <summary>Creates the user, or returns why not (in Chinese and English) without creating anything.</summary>
    public async Task<ProvisioningResult> CreateAsync(NewUser input, CancellationToken cancellationToken = default)
    {
        var scopeError = await CheckScopeAsync(input.Role, input.Scopes, cancellationToken);
        if (scopeError is not null) return ProvisioningResult.Failed(scopeError);

        var user = new PortalUser
        {
            UserName = input.UserName.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(input.DisplayName) ? input.UserName.Trim() : input.DisplayName.Trim(),
            Role = input.Role,
            CreatedAt = time.GetUtcNow(),
        };
        foreach (var code in input.Scopes.Distinct(StringComparer.Ordinal))
            user.Scopes.Add(new UserScope { OrgCode = code });
        var result = await users.CreateAsync(user, input.Password);
        return result.Succeeded
            ? ProvisioningResult.Created(user)
            : ProvisioningResult.Failed(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Null when every scope code exists at the level the role needs.</summary>
    public async Task<string?> CheckScopeAsync(PortalRole role, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken = default)
    {
        if (role == PortalRole.Admin)
            return scopes.Count == 0 ? null : "管理员不需要范围 (an admin has no scope).";
        if (scopes.Count == 0)
            return "请指定范围：会计为村代码，审核员为乡镇代码，纪检为区代码 (a scope is required: village for an accountant, township for a reviewer, district for an inspector).";
        if (role != PortalRole.Accountant && scopes.Count > 1)
            return "审核员和纪检人员只能有一个范围 (reviewers and inspectors have exactly one scope).";
        foreach (var code in scopes)
        {
            var exists = role switch
            {
                PortalRole.Accountant => await db.Villages.AnyAsync(v => v.Code == code, cancellationToken),
                PortalRole.Reviewer => await db.Townships.AnyAsync(t => t.Code == code, cancellationToken),
                _ => await db.Districts.AnyAsync(d => d.Code == code, cancellationToken),
            };
            if (!exists)
                return role switch
                {
                    PortalRole.Accountant => $"村代码 {code} 不存在 (no village with code {code}).",
                    PortalRole.Reviewer => $"乡镇代码 {code} 不存在 (no township with code {code}).",
                    _ => $"区代码 {code} 不存在 (no district with code {code}).",
                };
        }
        return null;
    }
}

/// <summary>What the admin asked for.</summary>
public sealed record NewUser(string UserName, string? DisplayName, string Password, PortalRole Role, IReadOnlyCollection<string> Scopes);

/// <summary>The created user, or the reason nothing was created.</summary>
public sealed record ProvisioningResult(PortalUser? User, string? Error)
{
    public bool Succeeded => User is not null;
    public static ProvisioningResult Created(PortalUser user) => new(user, null);
    public static ProvisioningResult Failed(string error) => new(null, error);
}
