using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Features.Account;

namespace ThreeAssets.Web.Features.Admin.Users;

/// <summary>
/// Admin operations on staff accounts, each audited. Locking and password resets rotate the security
/// stamp, so existing cookies stop working and API tokens of a locked user are refused.
/// </summary>
public sealed class UserAdministration(PortalDbContext db, UserManager<PortalUser> users, UserProvisioning provisioning,
    AuditLog audit, TimeProvider time, SignInGuard signInGuard)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync()
    {
        var now = time.GetUtcNow();
        var list = await db.Users.AsNoTracking().Include(u => u.Scopes).OrderBy(u => u.Role).ThenBy(u => u.UserName).ToListAsync();
        return list.Select(u => ToRow(u, now)).ToList();
    }

    public async Task<UserRow?> FindAsync(int id)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Scopes).SingleOrDefaultAsync(u => u.Id == id);
        return user is null ? null : ToRow(user, time.GetUtcNow());
    }

    /// <summary>Null on success, else the message for the form.</summary>
    public async Task<string?> CreateAsync(CreateUserForm form)
    {
        var result = await provisioning.CreateAsync(new NewUser(form.UserName, form.DisplayName, form.Password, form.Role, form.ScopeList()));
        if (!result.Succeeded) return result.Error;
        await audit.WriteAsync(AuditActions.UserCreated, "User", Id(result.User!),
            new { role = form.Role.ToString(), scopes = form.ScopeList() });
        return null;
    }

    public async Task<bool> SetLockedAsync(int id, bool locked)
    {
        var user = await users.FindByIdAsync(Id(id));
        if (user is null) return false;
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked) await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(locked ? AuditActions.UserLocked : AuditActions.UserUnlocked, "User", Id(user));
        return true;
    }

    /// <summary>
    /// Replaces the org codes a user acts on (an accountant taking over another village). Null on success.
    /// The security stamp rotates so that sessions and tokens pick up the new scope.
    /// </summary>
    public async Task<string?> ChangeScopeAsync(int id, IReadOnlyList<string> scopes)
    {
        var user = await db.Users.Include(u => u.Scopes).SingleOrDefaultAsync(u => u.Id == id);
        if (user is null) return "用户不存在 (no such user).";
        if (await provisioning.CheckScopeAsync(user.Role, scopes) is { } error) return error;
        user.Scopes.Clear();
        foreach (var code in scopes.Distinct(StringComparer.Ordinal))
            user.Scopes.Add(new UserScope { OrgCode = code });
        audit.Add(AuditActions.UserScopeChanged, "User", Id(user), new { scopes });
        await users.UpdateSecurityStampAsync(user); // saves the scope, the stamp and the audit line together
        return null;
    }

    /// <summary>Null on success, else why the password was refused.</summary>
    public async Task<string?> ResetPasswordAsync(int id, string newPassword)
    {
        var user = await users.FindByIdAsync(Id(id));
        if (user is null) return "用户不存在 (no such user).";
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded) return string.Join(" ", result.Errors.Select(e => e.Description));
        await audit.WriteAsync(AuditActions.PasswordReset, "User", Id(user));
        return null;
    }

    private UserRow ToRow(PortalUser u, DateTimeOffset now) =>
        new(u.Id, u.UserName ?? "", u.DisplayName, u.Role, u.Scopes.Select(s => s.OrgCode).Order(StringComparer.Ordinal).ToList(),
            u.LockoutEnd is { } end && end > now, signInGuard.PausedAddresses(u.UserName ?? ""));

    private static string Id(PortalUser user) => Id(user.Id);

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
