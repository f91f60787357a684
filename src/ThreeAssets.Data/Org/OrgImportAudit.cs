using System.Text.Json;

namespace ThreeAssets.Data;

/// <summary>
/// The audit line of each unit an org import adds or renames: the same actions as adding or renaming one by hand
/// on the admin page (the web's AuditActions refer to these codes), marked as imported with the file's line.
/// </summary>
public static class OrgImportAudit
{
    public const string Created = "admin.org.create";
    public const string Renamed = "admin.org.rename";

    public static (string Action, string TargetType, object Details) Describe(OrgImportChange change) =>
        change.OldName is null
            ? (Created, change.Level.ToString(), new { level = change.Level.ToString(), import = true, line = change.Line })
            : (Renamed, change.Level.ToString(), new { level = change.Level.ToString(), import = true, line = change.Line, from = change.OldName });

    /// <summary>For callers without a request (the CLI): <paramref name="userName"/> says who ran it.</summary>
    public static AuditEntry Entry(OrgImportChange change, DateTimeOffset at, string userName)
    {
        var (action, targetType, details) = Describe(change);
        return new AuditEntry
        {
            At = at, UserName = userName, Action = action, TargetType = targetType, TargetId = change.Code,
            OrgCode = change.Code, DetailsJson = JsonSerializer.Serialize(details),
        };
    }
}
