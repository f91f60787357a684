using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Risks;

namespace ThreeAssets.Cli;

/// <summary>
/// <c>scan DIR [--as-of 2026-10-31] [--json] [--xlsx OUT]</c> (DESIGN §10): the offline audit of a folder of
/// ledgers as an inspector receives them on a USB stick, <c>DIR/&lt;township&gt;/&lt;village&gt;/&lt;kind&gt;-&lt;period&gt;.xlsx|xls|csv</c>.
/// Validates every file (each against the same village's previous period in the folder, as the portal
/// does against the previous publication) and runs every risk rule that needs no residents' data across
/// the whole set. Exit 0 = every file passed validation, 1 = some file has errors or cannot be read,
/// 2 = bad arguments. Risks do not change the exit code: they are for a person to look at.
/// </summary>
internal static partial class ScanCommand
{
    private const string Usage = "usage: threeassets scan DIR [--as-of 2026-10-31] [--json] [--xlsx OUT]";
    private static readonly string[] KnownOptions = ["as-of", "json", "xlsx"];
    private static readonly string[] Extensions = [".xlsx", ".xls", ".csv"];

    public static async Task<int> RunAsync(CliArgs args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return await RunAsync(args, Console.Out, Console.Error);
    }

    internal static async Task<int> RunAsync(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        var (folder, asOf) = Parse(args);
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"找不到文件夹：{folder} (folder not found)");
            return 2;
        }
        var files = Read(folder, asOf);
        var risks = RiskScanner.Run(files.Where(f => f.Ledger is { Unreadable: false }).Select(f => f.ForRisks()).ToList(), asOf);
        if (args.Option("xlsx") is { } xlsx)
        {
            await using var output = File.Create(xlsx);
            await ScanWorkbook.WriteAsync(output, asOf, files, risks);
        }
        if (args.Flag("json")) WriteJson(stdout, asOf, files, risks);
        else WriteText(stdout, asOf, files, risks);
        return files.All(f => f.Passed) ? 0 : 1;
    }

    private static (string Folder, DateOnly AsOf) Parse(CliArgs args)
    {
        if (args.Positional.Count != 1)
            throw new UsageException(Usage);
        if (args.OptionNames.FirstOrDefault(o => !KnownOptions.Contains(o, StringComparer.OrdinalIgnoreCase)) is { } unknown)
            throw new UsageException($"unknown option --{unknown}\n{Usage}");
        if (args.Flag("xlsx") && string.IsNullOrWhiteSpace(args.Option("xlsx")))
            throw new UsageException($"--xlsx needs a file name\n{Usage}");
        var asOf = TimeProvider.System.Today();
        if (args.Option("as-of") is { } day && !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            throw new UsageException($"--as-of must look like 2026-10-31, not '{day}'");
        return (args.Positional[0], asOf);
    }

    /// <summary>Every ledger file in the folder's layout, read in period order so each can be checked against the one before it.</summary>
    private static List<ScannedFile> Read(string folder, DateOnly asOf)
    {
        var found = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => Extensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            .Select(p => ScannedFile.Locate(Path.GetRelativePath(folder, p).Replace('\\', '/'), p))
            .OrderBy(f => f.Township, StringComparer.Ordinal).ThenBy(f => f.Village, StringComparer.Ordinal)
            .ThenBy(f => f.Kind).ThenBy(f => f.Period?.End).ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var read = new Dictionary<(string, string, LedgerKind, Period), ParsedLedger>();
        foreach (var file in found.Where(f => f.Note is null))
        {
            var (kind, period) = (file.Kind!.Value, file.Period!.Value);
            var previous = read.TryGetValue((file.Township, file.Village, kind, period.Previous), out var before) && !before.Unreadable
                ? Previous(before) : null;
            file.Ledger = LedgerReader.Read(File.ReadAllBytes(file.FullPath), Path.GetFileName(file.Path), kind, period,
                new ReadOptions { AsOf = asOf, Previous = previous });
            read[(file.Township, file.Village, kind, period)] = file.Ledger;
        }
        return found;
    }

    private static PreviousPublication? Previous(ParsedLedger ledger) => LedgerKinds.Of(ledger.Kind).Carry(ledger.Rows, ledger.FundsSummary);

    private static void WriteText(TextWriter output, DateOnly asOf, List<ScannedFile> files, IReadOnlyList<RiskWarning> risks)
    {
        var failing = files.Count(f => !f.Passed);
        output.WriteLine($"检查了 {files.Count} 个文件：{files.Count - failing} 个通过，{failing} 个需要修改；风险预警 {risks.Count} 条（截至 {asOf:yyyy-MM-dd}）。");
        foreach (var f in files)
        {
            var state = f.Note ?? (f.Ledger!.Unreadable ? "无法读取" : $"{f.Ledger.RowCount} 行，错误 {f.Ledger.Report.ErrorCount}，提醒 {f.Ledger.Report.WarningCount}");
            output.WriteLine($"  {f.Path}  {state}");
        }
        if (risks.Count == 0) return;
        output.WriteLine("风险预警：");
        foreach (var r in risks)
            output.WriteLine($"  {r.Rule.Code,-15} {r.Township}/{r.Village} {r.Period.ToChinese()} {r.Message}");
    }

    private static void WriteJson(TextWriter output, DateOnly asOf, List<ScannedFile> files, IReadOnlyList<RiskWarning> risks)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("asOf", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteStartArray("files");
            foreach (var f in files)
            {
                json.WriteStartObject();
                json.WriteString("path", f.Path);
                json.WriteString("kind", f.Kind?.ToString().ToLowerInvariant());
                json.WriteString("period", f.Period?.ToString());
                json.WriteNumber("rows", f.Ledger?.RowCount ?? 0);
                json.WriteNumber("errors", f.Ledger?.Report.ErrorCount ?? 0);
                json.WriteNumber("warnings", f.Ledger?.Report.WarningCount ?? 0);
                if (f.Note is not null) json.WriteString("note", f.Note);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("risks");
            foreach (var r in risks)
            {
                json.WriteStartObject();
                json.WriteString("code", r.Rule.Code);
                json.WriteString("township", r.Township);
                json.WriteString("village", r.Village);
                json.WriteString("kind", r.Kind.ToString().ToLowerInvariant());
                json.WriteString("period", r.Period.ToString());
                json.WriteString("file", r.File);
                if (r.Row is { } row) json.WriteNumber("row", row);
                else json.WriteNull("row");
                json.WriteString("message", r.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [GeneratedRegex(@"^(funds|assets|resources)-(\d{4}-(?:0?[1-9]|1[0-2]|[Qq][1-4]))$", RegexOptions.IgnoreCase)]
    internal static partial Regex FileName();
}

/// <summary>One file of the scanned folder: where it sits, what its name says, and what reading it gave.</summary>
internal sealed class ScannedFile
{
    public required string Path { get; init; }
    public required string FullPath { get; init; }
    public required string Township { get; init; }
    public required string Village { get; init; }
    public LedgerKind? Kind { get; init; }
    public Period? Period { get; init; }

    /// <summary>Why the file was not read (not where the layout puts ledgers, or a name that is not kind-period).</summary>
    public string? Note { get; init; }

    public ParsedLedger? Ledger { get; set; }

    /// <summary>Read, and without errors; a file that could not be placed or read has not passed.</summary>
    public bool Passed => Ledger is { Unreadable: false } && Ledger.Report.CanSubmit;

    public static ScannedFile Locate(string relative, string full)
    {
        var parts = relative.Split('/');
        var name = System.IO.Path.GetFileNameWithoutExtension(relative);
        var match = ScanCommand.FileName().Match(name);
        var (township, village) = parts.Length == 3 ? (parts[0], parts[1]) : ("", "");
        var note = parts.Length != 3 ? "不在「乡镇/村/文件」这一层，没有读取 (not in township/village/file)"
            : !match.Success ? "文件名应为 funds-2026-10、assets-2026-Q3 这样的「种类-期间」，没有读取 (name is not kind-period)"
            : null;
        return new ScannedFile
        {
            Path = relative, FullPath = full, Township = township, Village = village, Note = note,
            Kind = match.Success ? Enum.Parse<LedgerKind>(match.Groups[1].Value, ignoreCase: true) : null,
            Period = match.Success && Core.Ledgers.Period.TryParse(match.Groups[2].Value, out var p) ? p : null,
        };
    }

    public RiskLedger ForRisks() => new(Township, Village, Kind!.Value, Period!.Value,
        Ledger!.Rows, Path);
}
