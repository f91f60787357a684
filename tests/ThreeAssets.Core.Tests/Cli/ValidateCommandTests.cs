using System.Text.Json;
using ThreeAssets.Cli;

namespace ThreeAssets.Core.Tests.Cli;

/// <summary>The validate command's contract (DESIGN §10): text or JSON, exit 0/1/2.</summary>
public sealed class ValidateCommandTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "Samples");

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ValidateCommand.Run(CliArgs.Parse(args), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Clean_ledger_exits_0_and_says_how_many_rows_passed()
    {
        var (exit, output, _) = Run(Path.Combine(Samples, "funds-2026-08-libreoffice.xlsx"), "--kind", "funds");
        Assert.Equal(0, exit);
        Assert.StartsWith("全部 35 行已通过", output, StringComparison.Ordinal);
        Assert.Contains("从文件名读出", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_with_errors_exits_1_with_the_count_first_then_one_line_per_finding()
    {
        var (exit, output, _) = Run(Path.Combine(Samples, "funds-2026-05-with-errors.xlsx"), "--kind", "funds", "--period", "2026-05");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, exit);
        Assert.Equal("3 处需要修改，其余 9 行已通过", lines[0]);
        Assert.Equal(3, lines.Count(l => l.StartsWith("错误", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("H9", StringComparison.Ordinal) && l.Contains("[FUND-BALANCE]", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_report_has_rows_counts_issues_and_summary_in_yuan()
    {
        var (exit, output, _) = Run(Path.Combine(Samples, "funds-2026-05-with-errors.xlsx"), "--kind", "funds", "--json");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;

        Assert.Equal(1, exit);
        Assert.Equal((12, 3, 0), (root.GetProperty("rows").GetInt32(), root.GetProperty("errors").GetInt32(), root.GetProperty("warnings").GetInt32()));
        Assert.Equal(5000m, root.GetProperty("summary").GetProperty("opening").GetDecimal());
        Assert.Equal(30427.25m, root.GetProperty("summary").GetProperty("closing").GetDecimal());
        var issue = root.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "FUND-BALANCE");
        Assert.Equal(["code", "severity", "sheet", "row", "column", "cell", "value", "expected", "message"], issue.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("error", 9, "H9", "余额"), (issue.GetProperty("severity").GetString(), issue.GetProperty("row").GetInt32(),
            issue.GetProperty("cell").GetString(), issue.GetProperty("column").GetString()));
    }

    [Fact]
    public void Assets_json_has_no_summary()
    {
        var (exit, output, _) = Run(Path.Combine(Samples, "assets-2026-Q2.xlsx"), "--kind", "assets", "--json");
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, exit);
        Assert.Equal(24, json.RootElement.GetProperty("rows").GetInt32());
        Assert.False(json.RootElement.TryGetProperty("summary", out _));
    }

    [Fact]
    public void Unreadable_file_exits_2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, Builders.HostileFiles.RandomBytes(2000));
        try
        {
            var (exit, output, _) = Run(path, "--kind", "funds");
            Assert.Equal(2, exit);
            Assert.StartsWith("文件无法读取", output, StringComparison.Ordinal);
            Assert.Contains("[FILE-UNREADABLE]", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_file_exits_2()
    {
        Assert.Equal(2, Run(Path.Combine(Samples, "no-such-file.xlsx"), "--kind", "funds").Exit);
    }

    [Theory]
    [InlineData("--kind", "money")]
    [InlineData("--kind", "funds", "--period", "2026-13")]
    [InlineData("--kind", "funds", "--colour")]
    [InlineData()]
    public void Bad_arguments_are_usage_errors(params string[] args)
    {
        Assert.Throws<UsageException>(() => Run([Path.Combine(Samples, "funds-2026-06-gbk.csv"), .. args]));
    }
}
