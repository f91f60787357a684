using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Features.Admin.Tokens;

/// <summary>
/// API tokens for a user's accounting software: issued by an admin (shown once, stored as a hash)
/// and revoked when a machine is retired or a token leaks. Both are audited.
/// </summary>
public sealed class TokenAdministration(PortalDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<TokensPage?> PageAsync(int userId, string? issuedToken = null)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).SingleOrDefaultAsync();
        if (user is null) return null;
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id)
            .Select(t => new TokenRow(t.Id, t.Name, t.CreatedAt, t.LastUsedAt, t.RevokedAt)).ToListAsync();
        return new TokensPage(user.Id, user.UserName ?? "", user.DisplayName, tokens, issuedToken);
    }

    /// <summary>The plain token, to be shown exactly once; null when there is no such user.</summary>
    public async Task<string?> IssueAsync(int userId, string name)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId)) return null;
        var token = ApiTokens.Issue(db, userId, name.Trim(), time.GetUtcNow());
        audit.Add(AuditActions.TokenIssued, "User", userId.ToString(CultureInfo.InvariantCulture), new { name = name.Trim() });
        await db.SaveChangesAsync();
        return token;
    }

    public async Task<bool> RevokeAsync(int userId, int tokenId)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId);
        if (token is null) return false;
        token.RevokedAt ??= time.GetUtcNow();
        audit.Add(AuditActions.TokenRevoked, "ApiToken", tokenId.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync();
        return true;
    }
}

public sealed record TokenRow(int Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

public sealed record TokensPage(int UserId, string UserName, string DisplayName, IReadOnlyList<TokenRow> Tokens, string? IssuedToken);
