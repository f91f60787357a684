using System.Text;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Cli;

/// <summary>
/// <c>rules [--out FILE]</c>: writes the validation rule catalogue as Markdown (to standard output
/// without --out). The repository keeps it in docs/validation-rules.md, checked by a test.
/// </summary>
internal static class RulesCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        var markdown = RuleCatalogueMarkdown.Render();
        if (args.Option("out") is not { } path)
        {
            Console.Write(markdown);
            return 0;
        }
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir)
            Directory.CreateDirectory(dir);
        // No BOM: the committed file is plain UTF-8, as Git and GitHub expect.
        await File.WriteAllTextAsync(path, markdown, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine(path);
        return 0;
    }
}
