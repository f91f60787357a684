using Npgsql;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests;

/// <summary>
/// The engine the integration tests run on: SQLite by default; PostgreSQL when <c>TEST_DATABASE=PostgreSql</c>, with
/// <c>TEST_POSTGRES</c> the connection string of a server where the user may create databases (tests/pg-test.sh and
/// .ci/run start a throwaway cluster and set both). Every test app gets a database of its own, dropped on dispose.
/// </summary>
public static class TestDatabase
{
    public static DatabaseProvider Provider { get; } =
        Environment.GetEnvironmentVariable("TEST_DATABASE") is { Length: > 0 } text ? DatabaseSettings.ParseProvider(text) : DatabaseProvider.Sqlite;

    public static bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException("TEST_DATABASE=PostgreSql needs TEST_POSTGRES (a connection string to the test server).");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreatePostgreSqlDatabase()
    {
        var name = $"threeassets_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // template0 and UTF8: whatever the cluster's defaults, Chinese text is stored as it is in production.
            command.CommandText = $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'";
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ToString();
    }

    public static void DropPostgreSqlDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ServerConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}

/// <summary>
/// A test of something only SQLite has (a database file, a raw SQLite connection, the bench-data writer): run on
/// SQLite, reported as skipped on the other engines.
/// </summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute(string why)
    {
        if (TestDatabase.Provider != DatabaseProvider.Sqlite) Skip = $"SQLite only: {why}";
    }
}

/// <summary>A test of PostgreSQL itself: run when the suite runs on PostgreSQL, skipped otherwise.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!TestDatabase.IsPostgreSql) Skip = "PostgreSQL only: run tests/pg-test.sh (CI runs it)";
    }
}
