extern alias cli;

using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ThreeAssets.Data;
using AdminCommand = cli::ThreeAssets.Cli.AdminCommand;
using CliArgs = cli::ThreeAssets.Cli.CliArgs;
using DbCommand = cli::ThreeAssets.Cli.DbCommand;
using UsageException = cli::ThreeAssets.Cli.UsageException;

namespace ThreeAssets.Web.Tests.Cli;

/// <summary><c>admin import-org FILE</c>, in-process against a temporary SQLite file (DESIGN §10).</summary>
public sealed class ImportOrgCommandTests : IDisposable
{
    private readonly string _path = PortalApp.NewDatabasePath();
    private readonly string _csv = Path.Combine(Path.GetTempPath(), $"threeassets-org-{Guid.NewGuid():N}.csv");
    private readonly IConfiguration _configuration;

    static ImportOrgCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public ImportOrgCommandTests() =>
        _configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={_path}",
        }).Build();

    private const string District = """
        code,name,parent
        3399,试点区,
        3399-01,东山镇,3399
        3399-01-01,东山村,3399-01
        3399-01-02,"河口村,新",3399-01
        3399-02,西岭乡,3399
        3399-02-01,西岭村,3399-02
        """;

    private async Task<(int Exit, string Output)> ImportAsync(byte[] file)
    {
        await File.WriteAllBytesAsync(_csv, file);
        var output = new StringWriter();
        var exit = await AdminCommand.RunAsync(CliArgs.Parse(["import-org", _csv]), _configuration, Path.GetTempPath(), output);
        return (exit, output.ToString());
    }

    private async Task MigrateAsync() =>
        await DbCommand.RunAsync(CliArgs.Parse(["migrate"]), _configuration, Path.GetTempPath(), new StringWriter());

    private SqliteDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={_path}").Options);

    private async Task<List<string>> TreeAsync()
    {
        using var db = Open();
        var units = await db.Districts.Select(d => d.Code + " " + d.Name).ToListAsync();
        units.AddRange(await db.Townships.Select(t => t.District.Code + ">" + t.Code + " " + t.Name).ToListAsync());
        units.AddRange(await db.Villages.Select(v => v.Township.Code + ">" + v.Code + " " + v.Name).ToListAsync());
        return units.Order(StringComparer.Ordinal).ToList();
    }

    private static readonly string[] Expected =
    [
        "3399 试点区", "3399-01>3399-01-01 东山村", "3399-01>3399-01-02 河口村,新", "3399-02>3399-02-01 西岭村",
        "3399>3399-01 东山镇", "3399>3399-02 西岭乡",
    ];

    [Fact]
    public async Task Imports_a_utf8_district_with_its_townships_and_villages_and_audits_each_unit()
    {
        await MigrateAsync();

        var (exit, output) = await ImportAsync(Encoding.UTF8.GetBytes(District));

        Assert.Equal(0, exit);
        Assert.Contains("新增 6，改名 0", output, StringComparison.Ordinal);
        Assert.Equal(Expected, await TreeAsync());
        using var db = Open();
        var audited = await db.AuditEntries.Where(a => a.Action == "admin.org.create").Select(a => a.TargetId).ToListAsync();
        Assert.Equal(6, audited.Count);
        Assert.StartsWith("cli:", await db.AuditEntries.Select(a => a.UserName).FirstAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Imports_a_gbk_file_with_the_chinese_header_in_another_column_order()
    {
        await MigrateAsync();
        var text = "\uFEFF上级代码,代码,名称\r\n,3399,试点区\r\n3399,3399-01,东山镇\r\n3399-01,3399-01-01,东山村\r\n"
            + "3399-01,3399-01-02,\"河口村,新\"\r\n3399,3399-02,西岭乡\r\n3399-02,3399-02-01,西岭村\r\n";

        var (exit, _) = await ImportAsync(Encoding.GetEncoding("GBK").GetBytes(text.TrimStart('\uFEFF')));

        Assert.Equal(0, exit);
        Assert.Equal(Expected, await TreeAsync());
    }

    [Fact]
    public async Task Utf8_with_a_bom_and_the_chinese_header_is_read_as_utf8()
    {
        await MigrateAsync();
        var text = "代码,名称,上级代码\n3399,试点区,\n3399-01,东山镇,3399\n";

        var (exit, _) = await ImportAsync([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        Assert.Equal(0, exit);
        Assert.Equal(["3399 试点区", "3399>3399-01 东山镇"], await TreeAsync());
    }

    [Fact]
    public async Task Reimporting_renames_and_adds_and_never_deletes()
    {
        await MigrateAsync();
        await ImportAsync(Encoding.UTF8.GetBytes(District));

        // The second file renames one village, adds one, and leaves out 西岭乡 and its village.
        var again = await ImportAsync(Encoding.UTF8.GetBytes("""
            code,name,parent
            3399,试点区,
            3399-01,东山镇,3399
            3399-01-01,东山新村,3399-01
            3399-01-03,南坡村,3399-01
            """));
        var unchanged = await ImportAsync(Encoding.UTF8.GetBytes(District.Replace("东山村", "东山新村", StringComparison.Ordinal)));

        Assert.Equal(0, again.Exit);
        Assert.Contains("新增 1，改名 1，未变 2", again.Output, StringComparison.Ordinal);
        Assert.Contains("新增 0，改名 0，未变 6", unchanged.Output, StringComparison.Ordinal);
        var tree = await TreeAsync();
        Assert.Contains("3399-01>3399-01-01 东山新村", tree);
        Assert.Contains("3399-01>3399-01-03 南坡村", tree);
        Assert.Contains("3399-02>3399-02-01 西岭村", tree);
        using var db = Open();
        var rename = await db.AuditEntries.SingleAsync(a => a.Action == "admin.org.rename");
        Assert.Equal("3399-01-01", rename.TargetId);
        Assert.Equal("东山村", System.Text.Json.JsonDocument.Parse(rename.DetailsJson!).RootElement.GetProperty("from").GetString());
    }

    [Fact]
    public async Task A_row_with_an_unknown_parent_refuses_the_whole_file_with_its_line_number()
    {
        await MigrateAsync();
        await ImportAsync(Encoding.UTF8.GetBytes("code,name,parent\n3399,试点区,\n"));
        var before = await TreeAsync();

        // Line 4's parent 3399-07 is neither in the database nor in the file; the lines before it are fine.
        var (exit, output) = await ImportAsync(Encoding.UTF8.GetBytes("code,name,parent\n3399,改名区,\n3399-01,东山镇,3399\n3399-07-01,飞地村,3399-07\n"));

        Assert.NotEqual(0, exit);
        Assert.Contains("第 4 行：上级代码 3399-07 不存在", output, StringComparison.Ordinal);
        Assert.Contains("line 4: parent 3399-07 is unknown", output, StringComparison.Ordinal);
        Assert.Equal(before, await TreeAsync());
        using var db = Open();
        Assert.Equal(1, await db.AuditEntries.CountAsync());
    }

    [Theory]
    [InlineData("code,name,parent\n3399,试点区,\n3399,又一个区,\n", "第 3 行：代码 3399 在第 2 行已出现过")]
    [InlineData("code,name,parent\n3399,试点区,\n3399-01,,3399\n", "第 3 行：3399-01 的名称是空的")]
    [InlineData("code,name,parent\n33,试点区,\n", "第 2 行：没有上级代码的是区")]
    [InlineData("code,name,parent\n3399,试点区,\n3398-01,错镇,3399\n", "第 3 行：代码应为上级代码加“-”和数字")]
    [InlineData("code,name,parent\n3399,试点区,\n3399-01,镇,3399\n3399-01-01,村,3399-01\n3399-01-01-01,组,3399-01-01\n", "第 5 行：上级 3399-01-01 是村")]
    [InlineData("代码,名字,上级\n3399,试点区,\n", "第 1 行：表头应为 code,name,parent")]
    [InlineData("code,name,parent\n3399,\"试点区,\n", "第 2 行：引号没有配对")]
    public async Task Bad_lines_are_refused_with_their_line_numbers(string csv, string message)
    {
        await MigrateAsync();

        var (exit, output) = await ImportAsync(Encoding.UTF8.GetBytes(csv));

        Assert.Equal(1, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Empty(await TreeAsync());
    }

    [Fact]
    public async Task A_quoted_name_may_hold_quotes_and_a_line_break_counts_toward_the_line_numbers()
    {
        await MigrateAsync();

        // Line 2 holds a doubled quote; the record on line 3 runs on to line 4, so the bad code is on line 5.
        var (exit, output) = await ImportAsync(Encoding.UTF8.GetBytes("code,name,parent\n3399,\"试点\"\"新\"\"区\",\n3399-01,\"东山\n镇\",3399\n3399-x,错,3399\n"));

        Assert.Equal(1, exit);
        Assert.Contains("第 3 行：名称最多 64 个字，且不能含控制字符", output, StringComparison.Ordinal);
        Assert.Contains("第 5 行：代码应为上级代码加“-”和数字", output, StringComparison.Ordinal);
        Assert.DoesNotContain("第 2 行", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_5_mb_or_a_missing_file_is_a_usage_error_before_the_database_is_touched()
    {
        var tooBig = await Assert.ThrowsAsync<UsageException>(() => ImportAsync(new byte[OrgImportFile.MaxBytes + 1]));
        var missing = await Assert.ThrowsAsync<UsageException>(() =>
            AdminCommand.RunAsync(CliArgs.Parse(["import-org", _csv + ".none"]), _configuration, Path.GetTempPath(), new StringWriter()));

        Assert.Contains("5 MB", tooBig.Message, StringComparison.Ordinal);
        Assert.Contains("找不到文件", missing.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
        File.Delete(_csv);
    }
}
