using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThreeAssets.Web.Hosting;

/// <summary>
/// An open SQLite file survives being deleted or renamed: pooled connections would go on reading and writing
/// an unlinked file that nobody backs up. Once the file has been seen, a connection is opened only while it is
/// still at its configured path; otherwise the pool is dropped and the request fails with
/// <see cref="DatabaseUnavailableException"/> (a 503). Putting the file back heals; a new, empty file is never
/// created in its place (only start-up migration creates the file, before it has been seen).
/// </summary>
internal sealed class SqliteFileGuard : DbConnectionInterceptor
{
    private volatile bool _seen;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Check(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Check(connection);
        return ValueTask.FromResult(result);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Seen(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Seen(connection);
        return Task.CompletedTask;
    }

    /// <summary>The file behind a SQLite connection, or null for an in-memory database.</summary>
    public static string? FileOf(DbConnection connection) => connection is SqliteConnection sqlite ? FileOf(sqlite.ConnectionString) : null;

    public static string? FileOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : Path.GetFullPath(builder.DataSource);
    }

    private void Seen(DbConnection connection)
    {
        if (!_seen && FileOf(connection) is { } file && File.Exists(file)) _seen = true;
    }

    private void Check(DbConnection connection)
    {
        if (!_seen || FileOf(connection) is not { } file || File.Exists(file)) return;
        SqliteConnection.ClearPool((SqliteConnection)connection);
        throw new DatabaseUnavailableException("The SQLite database file is no longer at its configured path.");
    }
}

/// <summary>The database cannot be used right now: the request gets 503, not 500.</summary>
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException() { }
    public DatabaseUnavailableException(string message) : base(message) { }
    public DatabaseUnavailableException(string message, Exception inner) : base(message, inner) { }
}
