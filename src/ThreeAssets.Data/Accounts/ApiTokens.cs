using System.Security.Cryptography;
using System.Text;

namespace ThreeAssets.Data;

/// <summary>Issuing and recognising API tokens. The plain token is shown once; only its hash is stored.</summary>
public static class ApiTokens
{
    private const string Prefix = "ta_";

    /// <summary>Creates a token for the user, adds its hashed row to the context and returns the plain text.</summary>
    public static string Issue(PortalDbContext db, int userId, string name, DateTimeOffset now)
    {
        // 32 random bytes: unguessable, so a fast unsalted hash is enough to look it up.
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var label = name.Trim() is { Length: > 0 } trimmed ? trimmed[..Math.Min(trimmed.Length, 64)] : "api";
        db.ApiTokens.Add(new ApiToken { UserId = userId, Name = label, TokenHash = Hash(token), CreatedAt = now });
        return token;
    }

    /// <summary>Lower-case hex SHA-256 of the token text.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
