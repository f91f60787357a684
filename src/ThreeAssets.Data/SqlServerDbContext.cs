using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ThreeAssets.Data;

/// <summary>The SQL Server flavour of <see cref="PortalDbContext"/>; owns Migrations/SqlServer.</summary>
public sealed class SqlServerDbContext(DbContextOptions<SqlServerDbContext> options) : PortalDbContext(options);

/// <summary>
/// Lets <c>dotnet ef</c> build the SQL Server context. Adding migrations and scripting them never
/// connects, so no server is needed.
/// </summary>
public sealed class SqlServerDbContextFactory : IDesignTimeDbContextFactory<SqlServerDbContext>
{
    public SqlServerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerDbContext>().UseSqlServer().Options);
}
