using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ThreeAssets.Data;

/// <summary>The newest chained audit entry: the next one gets <c>Sequence + 1</c> and links to <c>Hash</c>.</summary>
public sealed record AuditHead(long Sequence, string Hash);

/// <summary>
/// The audit log is a hash chain (DESIGN §8, issue 16 item 4): each entry carries a sequence number, the hash of
/// the entry before it and its own hash over a canonical serialisation of its fields. Changing, removing or
/// inserting an entry behind the portal's back breaks the chain, which <c>db verify-chain</c> checks. Entries
/// are linked by <see cref="PortalDbContext"/> at save, whoever added them.
/// </summary>
public static class AuditChain
{
    /// <summary>The action of the line that records a publication; its details carry the content hash.</summary>
    public const string PublishAction = "publication.publish";

    private const string FormatVersion = "threeassets-audit/1";

    /// <summary>Lower-case hex SHA-256 over the entry's fields, its <see cref="AuditEntry.Sequence"/> and <see cref="AuditEntry.PreviousHash"/>.</summary>
    public static string ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder(256).Append(FormatVersion).Append('\n');
        // Unix milliseconds: every provider keeps them (SQLite's binary form keeps 0.1 ms), and an offset
        // changed on the way back (PostgreSQL answers in UTC) does not change the instant.
        Field(text, "sequence", entry.Sequence?.ToString(CultureInfo.InvariantCulture));
        Field(text, "at", entry.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        Field(text, "userId", entry.UserId?.ToString(CultureInfo.InvariantCulture));
        Field(text, "userName", entry.UserName);
        Field(text, "action", entry.Action);
        Field(text, "targetType", entry.TargetType);
        Field(text, "targetId", entry.TargetId);
        Field(text, "orgCode", entry.OrgCode);
        Field(text, "ip", entry.Ip);
        Field(text, "details", entry.DetailsJson);
        Field(text, "previous", entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // Length-prefixed, and null distinct from empty: no value can be crafted to read as two fields.
    private static void Field(StringBuilder text, string name, string? value) =>
        (value is null ? text.Append(name).Append(":-") : text.Append(name).Append(':').Append(value.Length).Append(':').Append(value)).Append('\n');

    /// <summary>The newest chained entry, or null before the first.</summary>
    public static Task<AuditHead?> HeadAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        HeadQuery(db).FirstOrDefaultAsync(cancellationToken);

    internal static AuditHead? Head(PortalDbContext db) => HeadQuery(db).FirstOrDefault();

    private static IQueryable<AuditHead?> HeadQuery(PortalDbContext db) =>
        db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null).OrderByDescending(a => a.Sequence)
            .Select(a => new AuditHead(a.Sequence!.Value, a.Hash!));

    /// <summary>
    /// Numbers and links the entries about to be inserted after <paramref name="head"/>. Called again with the new head
    /// when another writer took the same sequence first, so everything that is hashed is (re)set here.
    /// </summary>
    internal static void Link(IEnumerable<AuditEntry> added, AuditHead? head)
    {
        var sequence = head?.Sequence ?? 0;
        var previous = head?.Hash;
        foreach (var entry in added)
        {
            // Whole milliseconds, so that what is hashed is exactly what every database gives back.
            entry.At = DateTimeOffset.FromUnixTimeMilliseconds(entry.At.ToUnixTimeMilliseconds());
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Hash = previous = ComputeHash(entry);
        }
    }
}
