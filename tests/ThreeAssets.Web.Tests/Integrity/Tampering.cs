using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Integrity;

/// <summary>
/// Raw SQL as an attacker with access to the database would run it. History is append-only down to the database, so
/// they first get past the triggers: drop them on SQLite, or a superuser's replica mode on PostgreSQL (which also
/// skips foreign-key checks, as dropping and re-creating them would).
/// </summary>
internal static class Tampering
{
    public static Task ExecuteAsync(PortalApp app, string sql, params string[] sqliteTriggers) => app.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = (app.Provider == DatabaseProvider.PostgreSql
            ? "SET session_replication_role = replica; "
            : string.Concat(sqliteTriggers.Select(t => $"DROP TRIGGER IF EXISTS \"{t}\"; "))) + sql;
        await command.ExecuteNonQueryAsync();
    });
}
