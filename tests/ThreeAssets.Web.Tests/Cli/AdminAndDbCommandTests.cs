extern alias cli;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ThreeAssets.Data;
using AdminCommand = cli::ThreeAssets.Cli.AdminCommand;
using CliArgs = cli::ThreeAssets.Cli.CliArgs;
using DbCommand = cli::ThreeAssets.Cli.DbCommand;
using UsageException = cli::ThreeAssets.Cli.UsageException;

namespace ThreeAssets.Web.Tests.Cli;

/// <summary>The CLI's admin and db commands, in-process against a temporary SQLite file.</summary>
public sealed class AdminAndDbCommandTests : IDisposable
{
    private readonly string _path = PortalApp.NewDatabasePath();
    private readonly IConfiguration _configuration;

    public AdminAndDbCommandTests() =>
        _configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={_path}",
        }).Build();

    private async Task<(int Exit, string Output)> RunAsync(Func<CliArgs, IConfiguration, string, TextWriter, Task<int>> command, params string[] args)
    {
        var output = new StringWriter();
        var exit = await command(CliArgs.Parse(args), _configuration, Path.GetTempPath(), output);
        return (exit, output.ToString());
    }

    private SqliteDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={_path}").Options);

    [Fact]
    public async Task Migrate_create_user_and_token_work_against_a_sqlite_file()
    {
        var migrate = await RunAsync(DbCommand.RunAsync, "migrate");
        using (var seed = Open())
        {
            seed.Districts.Add(new District { Code = "3301", Name = "清溪区" });
            await seed.SaveChangesAsync();
        }
        var create = await RunAsync(AdminCommand.RunAsync, "create-user", "--name", "wang", "--password", "cli-password-1",
            "--role", "Inspector", "--scope", "3301");
        await RunAsync(AdminCommand.RunAsync, "create-user", "--name", "root", "--password", "cli-password-1", "--role", "admin");
        var token = await RunAsync(AdminCommand.RunAsync, "token", "--user", "root");

        Assert.Equal((0, 0, 0), (migrate.Exit, create.Exit, token.Exit));
        Assert.Contains("applied", migrate.Output, StringComparison.Ordinal);
        using var db = Open();
        Assert.Equal(["root", "wang"], await db.Users.OrderBy(u => u.UserName).Select(u => u.UserName!).ToListAsync());
        var hash = await db.ApiTokens.Select(t => t.TokenHash).SingleAsync();
        Assert.Equal(ApiTokens.Hash(token.Output.Trim()), hash);
        Assert.Equal("database is up to date (数据库已是最新)", (await RunAsync(DbCommand.RunAsync, "migrate")).Output.Trim());
    }

    [Fact]
    public async Task Inspector_scope_must_be_an_existing_district()
    {
        await RunAsync(DbCommand.RunAsync, "migrate");

        var error = await Assert.ThrowsAsync<UsageException>(() =>
            RunAsync(AdminCommand.RunAsync, "create-user", "--name", "wang", "--password", "cli-password-1", "--role", "Inspector", "--scope", "3301"));

        Assert.Contains("区代码 3301 不存在", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("create-user", "--name", "x", "--password", "cli-password-1", "--role", "Mayor")]
    [InlineData("create-user", "--name", "x", "--role", "Admin")]
    [InlineData("token", "--user", "nobody")]
    [InlineData("frobnicate")]
    public async Task Bad_admin_arguments_are_usage_errors(params string[] args)
    {
        await RunAsync(DbCommand.RunAsync, "migrate");

        await Assert.ThrowsAsync<UsageException>(() => RunAsync(AdminCommand.RunAsync, args));
    }

    [Fact]
    public async Task Admin_commands_ask_for_db_migrate_first()
    {
        var error = await Assert.ThrowsAsync<UsageException>(() => RunAsync(AdminCommand.RunAsync, "token", "--user", "root"));

        Assert.Contains("db migrate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_for_an_unknown_provider_is_a_usage_error()
    {
        var error = await Assert.ThrowsAsync<UsageException>(() => RunAsync(DbCommand.RunAsync, "script", "--provider", "Oracle"));

        Assert.Contains("Sqlite, SqlServer or PostgreSql", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sqlite_script_creates_the_tables()
    {
        var (exit, output) = await RunAsync(DbCommand.RunAsync, "script", "--provider", "Sqlite");

        Assert.Equal(0, exit);
        Assert.Contains("CREATE TABLE \"Publications\"", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }
}
