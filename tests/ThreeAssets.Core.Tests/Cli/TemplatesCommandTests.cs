using ThreeAssets.Cli;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Templates;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Cli;

public sealed class TemplatesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("threeassets-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Writes_the_three_templates_into_the_folder()
    {
        var exit = await TemplatesCommand.RunAsync(CliArgs.Parse(["--out", _dir]));

        Assert.Equal(0, exit);
        Assert.Equal(new HashSet<string?> { "资金收支明细.xlsx", "资产台账.xlsx", "资源台账.xlsx" },
            Directory.GetFiles(_dir).Select(Path.GetFileName).ToHashSet());
        using var expected = new MemoryStream();
        await TemplateWriter.WriteAsync(LedgerKind.Assets, expected);
        Assert.Equal(expected.ToArray(), await File.ReadAllBytesAsync(Path.Combine(_dir, "资产台账.xlsx")));
    }

    [Fact]
    public async Task Without_out_it_is_a_usage_error()
    {
        await Assert.ThrowsAsync<UsageException>(() => TemplatesCommand.RunAsync(CliArgs.Parse([])));
    }

    [Fact]
    public async Task Rules_command_writes_the_catalogue()
    {
        var path = Path.Combine(_dir, "docs", "rules.md");
        Assert.Equal(0, await RulesCommand.RunAsync(CliArgs.Parse(["--out", path])));
        Assert.Equal(RuleCatalogueMarkdown.Render(), await File.ReadAllTextAsync(path));
    }
}
