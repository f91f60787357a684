using System.Text.Json;
using ClosedXML.Excel;
using ThreeAssets.Cli;
using ThreeAssets.Core.Tests.Builders;

namespace ThreeAssets.Core.Tests.Cli;

/// <summary>The scan command's contract (DESIGN §10): a folder township/village/kind-period, files[] and risks[].</summary>
public sealed class ScanCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "threeassets-scan-" + Guid.NewGuid().ToString("N"));

    public ScanCommandTests()
    {
        // Two villages of the demo district, as an inspector's USB stick would hold them, plus two strays.
        foreach (var village in new[] { "桃源村", "石桥村" })
        {
            var target = Directory.CreateDirectory(Path.Combine(_folder, "青石镇", village)).FullName;
            foreach (var file in Directory.GetFiles(RepoFiles.PathOf("seed-data", "ledgers", "青石镇", village)))
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
        File.WriteAllBytes(Path.Combine(_folder, "青石镇", "石桥村", "funds-2026-Q4.xlsx"), [0x50, 0x4B, 1, 2, 3]);
        File.WriteAllText(Path.Combine(_folder, "青石镇", "桃源村", "说明.csv"), "not a ledger");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ScanCommand.RunAsync(CliArgs.Parse(args), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Json_lists_every_file_and_the_risks_across_the_set()
    {
        var (exit, output, _) = await RunAsync(_folder, "--as-of", "2026-11-26", "--json");

        Assert.Equal(1, exit); // the damaged Q4 file cannot be read
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Length, files.Count);
        var october = files.Single(f => f.GetProperty("path").GetString() == "青石镇/桃源村/funds-2026-10.xlsx");
        Assert.Equal(("funds", "2026-10", 29, 0), (october.GetProperty("kind").GetString(), october.GetProperty("period").GetString(),
            october.GetProperty("rows").GetInt32(), october.GetProperty("errors").GetInt32()));
        Assert.Contains("种类-期间", files.Single(f => f.GetProperty("path").GetString()!.EndsWith("说明.csv", StringComparison.Ordinal)).GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, files.Single(f => f.GetProperty("path").GetString()!.EndsWith("funds-2026-Q4.xlsx", StringComparison.Ordinal)).GetProperty("errors").GetInt32());

        var risks = json.RootElement.GetProperty("risks").EnumerateArray().ToList();
        Assert.NotEmpty(risks);
        Assert.All(risks, r => Assert.StartsWith("RISK-", r.GetProperty("code").GetString(), StringComparison.Ordinal));
        var cash = risks.First(r => r.GetProperty("code").GetString() == "RISK-CASH");
        Assert.Equal(("青石镇", "funds"), (cash.GetProperty("township").GetString(), cash.GetProperty("kind").GetString()));
        Assert.True(cash.GetProperty("row").GetInt32() > 0);
        Assert.StartsWith("青石镇/", cash.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(risks, r => r.GetProperty("code").GetString() == "RISK-UNANSWERED");
    }

    [Fact]
    public async Task Text_starts_with_the_counts_and_the_workbook_holds_the_same_risks()
    {
        var workbook = Path.Combine(_folder, "..", Path.GetFileName(_folder) + ".xlsx");
        try
        {
            var (_, output, _) = await RunAsync(_folder, "--as-of", "2026-11-26", "--xlsx", workbook);
            var (_, json, _) = await RunAsync(_folder, "--as-of", "2026-11-26", "--json");
            var riskCount = JsonDocument.Parse(json).RootElement.GetProperty("risks").GetArrayLength();

            Assert.StartsWith($"检查了 {Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Length} 个文件", output, StringComparison.Ordinal);
            Assert.Contains($"风险预警 {riskCount} 条（截至 2026-11-26）", output, StringComparison.Ordinal);
            using var book = new XLWorkbook(workbook);
            Assert.Equal(riskCount + 1, book.Worksheet("风险预警").LastRowUsed()!.RowNumber());
            Assert.Equal("RISK-", book.Worksheet("风险预警").Cell(2, 2).GetString()[..5]);
            Assert.Equal("文件", book.Worksheet("文件").Cell(1, 1).GetString());
        }
        finally
        {
            File.Delete(workbook);
        }
    }

    [Fact]
    public async Task A_missing_folder_or_a_bad_option_is_exit_2_or_a_usage_error()
    {
        Assert.Equal(2, (await RunAsync(Path.Combine(_folder, "nowhere"))).Exit);
        await Assert.ThrowsAsync<UsageException>(() => RunAsync(_folder, "--as-of", "26/11/2026"));
        await Assert.ThrowsAsync<UsageException>(() => RunAsync(_folder, "--kind", "funds"));
    }
}
