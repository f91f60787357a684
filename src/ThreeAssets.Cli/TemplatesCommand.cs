using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Templates;

namespace ThreeAssets.Cli;

/// <summary>
/// <c>templates --out DIR</c>: writes the three blank workbooks accountants download
/// (资金收支明细.xlsx, 资产台账.xlsx, 资源台账.xlsx). The repository keeps them in templates/;
/// run <c>dotnet run --project src/ThreeAssets.Cli -- templates --out templates</c> after changing a schema.
/// </summary>
internal static class TemplatesCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        var dir = args.Option("out") ?? throw new UsageException("usage: threeassets templates --out DIR");
        Directory.CreateDirectory(dir);
        foreach (var kind in Enum.GetValues<LedgerKind>())
        {
            var path = Path.Combine(dir, TemplateWriter.FileName(kind));
            await using (var file = File.Create(path))
                await TemplateWriter.WriteAsync(kind, file);
            Console.WriteLine(path);
        }
        return 0;
    }
}
