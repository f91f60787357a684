using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests;

/// <summary>
/// The whole portal over a real database with the real migrations, one per test (a fresh database
/// each time, deleted on dispose): a SQLite file, or a PostgreSQL database when the suite runs on PostgreSQL
/// (<see cref="TestDatabase"/>). A test that hands in a SQLite file gets SQLite. Demo data is off unless a test asks for it.
/// </summary>
public sealed class PortalApp(bool demo = false, string? databasePath = null, Dictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string Password = "test-password-1";

    // Every app would watch its appsettings files (and its content root) with inotify instances; a test run keeps
    // dozens of apps alive at once, and Linux allows 128 instances per user by default. No reloading, and polling
    // for whatever still watches, leave none.
    static PortalApp()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public string DatabasePath { get; } = databasePath ?? NewDatabasePath();

    public DatabaseProvider Provider { get; } = databasePath is null ? TestDatabase.Provider : DatabaseProvider.Sqlite;

    private string? _serverConnectionString;

    /// <summary>Extra registrations for one test (e.g. a controller that throws).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public string ConnectionString => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString()
        : _serverConnectionString ??= TestDatabase.CreatePostgreSqlDatabase();

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), $"threeassets-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: errors must look as they do in production (no stack traces).
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Demo:Enabled", demo.ToString(CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings ?? [])
            builder.UseSetting(key, value);
        builder.ConfigureServices(s => s.AddTransient<IStartupFilter, TestClientAddress>());
        if (TestServices is not null)
            builder.ConfigureServices(TestServices);
    }

    /// <summary>
    /// A client that keeps cookies and shows redirects instead of following them. With <paramref name="address"/>
    /// its requests come from that client address (the test server otherwise leaves it empty).
    /// </summary>
    public HttpClient NewClient(string? address = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (address is not null) client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public Task WithDbAsync(Func<PortalDbContext, Task> action) =>
        WithDbAsync(async db => { await action(db); return 0; });

    /// <summary>The org tree of <see cref="TestOrg"/>: one district, two townships, three villages.</summary>
    public Task SeedOrgAsync() => WithDbAsync(async db =>
    {
        var district = new District { Code = TestOrg.District, Name = "测试区" };
        var a = new Township { Code = TestOrg.TownshipA, Name = "甲镇" };
        a.Villages.Add(new Village { Code = TestOrg.VillageA1, Name = "甲一村" });
        a.Villages.Add(new Village { Code = TestOrg.VillageA2, Name = "甲二村" });
        var b = new Township { Code = TestOrg.TownshipB, Name = "乙乡" };
        b.Villages.Add(new Village { Code = TestOrg.VillageB1, Name = "乙一村" });
        district.Townships.Add(a);
        district.Townships.Add(b);
        db.Districts.Add(district);
        await db.SaveChangesAsync();
    });

    /// <summary>A second district outside <see cref="TestOrg"/> (9902 别区, township 9902-01 丙镇), for an inspector who must see none of it.</summary>
    public Task SeedOtherDistrictAsync() => WithDbAsync(async db =>
    {
        var other = new District { Code = "9902", Name = "别区" };
        other.Townships.Add(new Township { Code = "9902-01", Name = "丙镇" });
        db.Districts.Add(other);
        await db.SaveChangesAsync();
    });

    /// <summary>An uploaded funds submission for a village (no file, no report): enough for state and integrity tests.</summary>
    public Task<long> AddSubmissionAsync(string villageCode, int uploaderId, string period = "2026-10") => WithDbAsync(async db =>
    {
        var village = await db.Villages.SingleAsync(v => v.Code == villageCode);
        var submission = new Submission
        {
            VillageId = village.Id, Kind = Core.Ledgers.LedgerKind.Funds, Period = period, FileName = "funds.xlsx",
            Sha256 = new string('a', 64), UploadedById = uploaderId, UploadedAt = DateTimeOffset.UtcNow,
        };
        db.Submissions.Add(submission);
        await db.SaveChangesAsync();
        return submission.Id;
    });

    /// <summary>
    /// Publishes rows through the real pipeline (written as the accountant's workbook, imported, submitted and
    /// approved by two administrators), as the demo district is. Returns the publication's id.
    /// </summary>
    public async Task<long> PublishAsync(string villageCode, Core.Ledgers.LedgerKind kind, string period, IEnumerable<Core.Ledgers.ILedgerRow> rows,
        Core.Ledgers.FundsSummary? summary = null, string? correctionReason = null, DateTimeOffset? publishedAt = null)
    {
        var uploader = await WithDbAsync(db => db.Users.FirstOrDefaultAsync(u => u.UserName == "publisher-up"))
            ?? await CreateUserAsync("publisher-up", PortalRole.Admin);
        var approver = await WithDbAsync(db => db.Users.FirstOrDefaultAsync(u => u.UserName == "publisher-ok"))
            ?? await CreateUserAsync("publisher-ok", PortalRole.Admin);
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var village = await services.GetRequiredService<PortalDbContext>().Villages.Include(v => v.Township).SingleAsync(v => v.Code == villageCode);
        var parsed = Core.Ledgers.Period.Parse(period);
        using var file = new MemoryStream();
        await Core.Exports.LedgerWorkbookWriter.WriteAsync(file, kind, $"{village.Name}{parsed.ToChinese()}台账", rows, summary);
        var import = await services.GetRequiredService<ThreeAssets.Web.Ledgers.LedgerImporter>()
            .ImportAsync(village, kind, parsed, $"{kind}-{period}.xlsx", file.ToArray(), uploader.Id);
        var problem = await services.GetRequiredService<ThreeAssets.Web.Ledgers.SubmissionWorkflow>().SubmitAsync(import.Submission, uploader, "测试");
        if (problem is not null) throw new InvalidOperationException(problem.MessageEn);
        var outcome = await services.GetRequiredService<ThreeAssets.Web.Ledgers.Publisher>()
            .ApproveAsync(import.Submission.Id, approver, correctionReason, publishedAt);
        return outcome.Publication?.Id ?? throw new InvalidOperationException(outcome.ProblemEn);
    }

    public async Task<PortalUser> CreateUserAsync(string userName, PortalRole role, params string[] scopes)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserProvisioning>()
            .CreateAsync(new NewUser(userName, null, Password, role, scopes));
        return result.User ?? throw new InvalidOperationException(result.Error);
    }

    public Task<string> IssueTokenAsync(int userId) => WithDbAsync(async db =>
    {
        var token = ApiTokens.Issue(db, userId, "test", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return token;
    });

    /// <summary>Signs in through the login form (antiforgery token included) and returns the cookie-carrying client.</summary>
    public async Task<HttpClient> LoginAsync(string userName, string password = Password)
    {
        var client = NewClient();
        var response = await client.PostFormAsync("/account/login", "/account/login",
            new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"login of {userName} failed: {(int)response.StatusCode}");
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_serverConnectionString is not null)
            TestDatabase.DropPostgreSqlDatabase(_serverConnectionString);
        _serverConnectionString = null;
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(DatabasePath + suffix);
    }
}

/// <summary>Sets the connection's remote address from a test-only header, before anything else in the pipeline runs.</summary>
internal sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value))
                context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(value.ToString());
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>Codes of the org tree <see cref="PortalApp.SeedOrgAsync"/> creates.</summary>
public static class TestOrg
{
    public const string District = "9901";
    public const string TownshipA = "9901-01";
    public const string VillageA1 = "9901-01-01";
    public const string VillageA2 = "9901-01-02";
    public const string TownshipB = "9901-02";
    public const string VillageB1 = "9901-02-01";
}
