extern alias cli;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using BenchDataWriter = cli::ThreeAssets.Cli.BenchDataWriter;
using CliArgs = cli::ThreeAssets.Cli.CliArgs;
using GenerateBenchDataCommand = cli::ThreeAssets.Cli.GenerateBenchDataCommand;

namespace ThreeAssets.Web.Tests.Features.Api;

/// <summary>
/// One portal over a small generated district (2 villages × 1 year, via <c>generate-bench-data</c>) plus one
/// publication full of personal data, shared by the read-only open-data tests.
/// </summary>
public sealed class OpenDataFixture : IAsyncLifetime
{
    public const string District = "9902";
    public const string Village = "9902-01-01";
    public const string Phone = "13812345678";
    public const string IdNumber = "110101199003078515";
    public const string BankAccount = "6222021234567890123";

    public PortalApp App { get; private set; } = null!;
    public long PersonalPublicationId { get; private set; }

    public static async Task<int> GenerateAsync(string path, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={path}",
        }).Build();
        return await GenerateBenchDataCommand.RunAsync(CliArgs.Parse(args), configuration, Path.GetTempPath(), TextWriter.Null);
    }

    public async Task InitializeAsync()
    {
        var path = PortalApp.NewDatabasePath();
        await GenerateAsync(path, "--district", District, "--villages", "2", "--years", "1", "--rows-per-month", "20");
        PersonalPublicationId = await PublishPersonalDataAsync(path);
        App = new PortalApp(databasePath: path);
        App.NewClient().Dispose(); // start the host now
    }

    // A ledger whose text holds a phone, an ID number, a bank account and private persons' names.
    private static async Task<long> PublishPersonalDataAsync(string path)
    {
        using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={path}").Options);
        var village = await db.Villages.SingleAsync(v => v.Code == "9902-02-01");
        var reviewer = await db.Users.Select(u => u.Id).FirstAsync();
        var previous = await db.Publications.Where(p => p.VillageId == village.Id).OrderByDescending(p => p.Id).Select(p => p.ContentHash).FirstAsync();
        var period = Period.OfMonth(2024, 1);
        FundsRow[] rows =
        [
            new(0, new DateOnly(2024, 1, 5), "记-1", $"退还押金，联系电话 {Phone}", "504", "其他收入", 120_000, 0, 120_000, "现金",
                "张三丰", "李四", null, 1),
            new(0, new DateOnly(2024, 1, 9), "记-2", $"支付补偿款，身份证 {IdNumber}", "515", "其他支出", 0, 20_050, 99_950, "银行转账",
                $"华联办公用品店 账号 {BankAccount}", "王建国", "赵丽华", 2),
        ];
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        using var writer = new BenchDataWriter(connection, reviewer);
        writer.Begin();
        var (id, _) = writer.Publish(village.Id, village.Code, "测试服务中心", LedgerKind.Funds, period, rows,
            new FundsSummary(0, 120_000, 20_050, 99_950), new DateTimeOffset(2024, 2, 8, 0, 0, 0, TimeSpan.Zero), previous);
        writer.Commit();
        return id;
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
