using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ThreeAssets.Data;

/// <summary>The PostgreSQL flavour of <see cref="PortalDbContext"/>; owns Migrations/PostgreSql.</summary>
public sealed class PostgreSqlDbContext(DbContextOptions<PostgreSqlDbContext> options) : PortalDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // timestamptz stores an instant, and Npgsql refuses to write a value whose offset is not zero. The portal
        // writes UTC, but an instant built on a Beijing clock is the same instant: store it as UTC rather than fail.
        // Read back, it comes as UTC (as on SQL Server after a round trip through UTC); pages show ChinaTime.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL context. Adding migrations and scripting them never connects,
/// so no server is needed.
/// </summary>
public sealed class PostgreSqlDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlDbContext>
{
    public PostgreSqlDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlDbContext>().UseNpgsql("Host=localhost;Database=threeassets").Options);
}
